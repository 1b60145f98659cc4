package cn.baishan.enrollment.admission.applicants.usecase.port;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.ApplicantStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where admission keeps its applicants. */
public interface ApplicantRepository {

    /**
     * Holds, until the caller's transaction ends, the one lock of this application: the submission and the
     * verdicts come on two topics to two consumer threads, and without it a verdict could find no applicant
     * while the submission, not yet seeing the verdict kept for later, is being saved — and be lost.
     */
    void lock(UUID applicationId);

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
