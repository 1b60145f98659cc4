package cn.baishan.enrollment.admission.applicants.usecase;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.ApplicantStatus;
import java.util.List;

/** Staff's list of the applicants admission has heard of (masked). */
public interface ListApplicantsQuery {

    /** Every filter may be null (= any); {@code stage} is PRIMARY / JUNIOR. */
    List<ApplicantFile> list(String districtCode, Integer enrollmentYear, String stage, ApplicantStatus status);
}
