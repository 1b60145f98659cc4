package cn.baishan.enrollment.admission.applicants.usecase;

import cn.baishan.enrollment.admission.applicants.domain.Claims;
import cn.baishan.enrollment.admission.applicants.domain.VerificationNews;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What registration and verification tell admission about applications. Each call is one consumed event;
 * the caller has already recorded it as processed in the same transaction.
 */
public interface RecordApplicationUseCase {

    /** A new application: kept without its ID number; verification news that came first is applied now. */
    void submitted(SubmittedApplication application);

    /** The family's supplement: the child and claims as they now stand (ignored for an unknown application). */
    void supplemented(SubmittedApplication application);

    /** A verdict or a reopening; kept for later when the application has not arrived yet. */
    void verification(UUID eventId, VerificationNews news);

    /**
     * @param stage registration's stage ({@code PRIMARY_GRADE_1} / {@code JUNIOR_GRADE_7})
     * @param childIdNumber used only to derive the blind index and the sex, never stored
     */
    record SubmittedApplication(
            UUID applicationId,
            String districtCode,
            int enrollmentYear,
            String stage,
            String childName,
            String childIdType,
            String childIdNumber,
            Claims claims,
            Instant occurredAt) {

        public SubmittedApplication {
            Objects.requireNonNull(applicationId);
            Objects.requireNonNull(claims);
        }

        @Override
        public String toString() {
            // never print the ID number
            return "SubmittedApplication[" + applicationId + "]";
        }
    }
}
