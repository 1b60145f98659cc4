package cn.baishan.enrollment.verification.verifications.usecase.port;

import cn.baishan.enrollment.verification.verifications.domain.PermitRecord;
import java.util.Optional;
import java.util.UUID;

/** Public security's residence-permit query (居住证). */
public interface ResidencePermitPort {

    /**
     * The person's permit, or empty when there is none.
     *
     * @throws PartnerUnavailableException when the department does not answer
     */
    Optional<PermitRecord> permitOf(String idNumber, UUID applicationId);
}
