package cn.baishan.enrollment.verification.verifications.usecase.port;

import cn.baishan.enrollment.verification.verifications.domain.HouseholdLookup;
import java.util.UUID;

/** Public security's household registration (户籍) query. Never throws: an outage is {@code Unavailable}. */
public interface HouseholdRegistryPort {

    HouseholdLookup lookup(String idNumber, UUID applicationId);
}
