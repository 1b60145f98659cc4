package cn.baishan.enrollment.admission.applicants.usecase.port;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.ApplicantStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where admission keeps its applicants. */
public interface ApplicantRepository {

    /** Inserts or replaces (by application id), in the caller's transaction. */
    void save(ApplicantFile applicant);

    Optional<ApplicantFile> find(UUID applicationId);

    Optional<ApplicantFile> findByPublicId(String publicId);

    /**
     * The applicants matching every given filter (null = any), in public id order.
     *
     * @param stage {@code PRIMARY} / {@code JUNIOR}
     */
    List<ApplicantFile> list(String districtCode, Integer enrollmentYear, String stage, ApplicantStatus status);
}
