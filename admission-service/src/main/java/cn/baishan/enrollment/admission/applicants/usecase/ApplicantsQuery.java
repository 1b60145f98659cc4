package cn.baishan.enrollment.admission.applicants.usecase;

import cn.baishan.enrollment.admission.applicants.domain.Applicant;
import java.util.Optional;
import java.util.UUID;

/** Look-ups other admission features make of the applicants admission has heard of. */
public interface ApplicantsQuery {

    Optional<Applicant> byApplicationId(UUID applicationId);

    Optional<Applicant> byPublicId(String publicId);
}
