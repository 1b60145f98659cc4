package cn.baishan.enrollment.verification.verifications.usecase.port;

import cn.baishan.enrollment.verification.verifications.domain.InsuranceRecord;
import java.util.Optional;
import java.util.UUID;

/** Human resources and social security's contribution query (社保). */
public interface SocialInsurancePort {

    /**
     * The person's insurance record, or empty when there is none.
     *
     * @throws PartnerUnavailableException when the department does not answer
     */
    Optional<InsuranceRecord> recordOf(String idNumber, UUID applicationId);
}
