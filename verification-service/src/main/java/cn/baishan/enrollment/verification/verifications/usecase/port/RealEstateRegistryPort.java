package cn.baishan.enrollment.verification.verifications.usecase.port;

import cn.baishan.enrollment.verification.verifications.domain.PropertyLookup;
import java.util.List;
import java.util.UUID;

/** Natural resources' real-estate registry (不动产登记). Never throws: an outage is {@code Unavailable}. */
public interface RealEstateRegistryPort {

    /** Every property any of these persons owns (none is an empty {@code Found}). */
    PropertyLookup propertiesOf(List<String> idNumbers, UUID applicationId);
}
