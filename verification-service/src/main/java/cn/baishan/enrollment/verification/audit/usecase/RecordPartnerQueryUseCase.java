package cn.baishan.enrollment.verification.audit.usecase;

import cn.baishan.enrollment.verification.audit.domain.AnswerSummaries;
import cn.baishan.enrollment.verification.audit.domain.AuditEntry;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.domain.Outcome;
import cn.baishan.enrollment.verification.audit.domain.SubjectRole;
import cn.baishan.enrollment.verification.verifications.domain.Masking;
import cn.baishan.enrollment.verification.verifications.domain.PropertyRecord;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Appends one cross-department query to the hash-chained audit log and publishes
 * {@code PartnerQueryRecorded} (masked), both in a transaction of their own: the query happened
 * whatever becomes of the caller's transaction. Called by the partner adapters once per logical query
 * (after retries), for every outcome.
 *
 * @throws RuntimeException when the log cannot be written; the adapter must then not use the answer
 */
public interface RecordPartnerQueryUseCase {

    AuditEntry record(PartnerQuery query);

    /**
     * One query about one person. {@code subjectIdNumber} is used only to derive the blind index and the
     * masked number; {@code answer} is what the department sent (the parsed body, or raw bytes), digested,
     * never stored. {@code postedBack}: the department took the query earlier ({@code 202}) and posted this
     * answer later; it is recorded the first time it is read, and reading it again records nothing.
     */
    record PartnerQuery(
            Department department,
            String requestedBy,
            UUID applicationId,
            SubjectRole subjectRole,
            String subjectIdNumber,
            Outcome outcome,
            Object answer,
            String answerSummary,
            boolean postedBack) {

        /** Who asks when the automatic comparison asks. */
        public static final String AUTOMATIC = "verification-service";

        public PartnerQuery {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(requestedBy, "requestedBy");
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(subjectRole, "subjectRole");
            Objects.requireNonNull(subjectIdNumber, "subjectIdNumber");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(answerSummary, "answerSummary");
            if ((outcome == Outcome.UNAVAILABLE) != (answer == null)) {
                throw new IllegalArgumentException("an answer is digested exactly when the department answered");
            }
        }

        public static PartnerQuery answered(
                Department department,
                UUID applicationId,
                SubjectRole role,
                String idNumber,
                Object answer,
                String summary) {
            return new PartnerQuery(
                    department, AUTOMATIC, applicationId, role, idNumber, Outcome.ANSWERED, answer, summary, false);
        }

        public static PartnerQuery notFound(
                Department department,
                UUID applicationId,
                SubjectRole role,
                String idNumber,
                Object answer,
                String summary) {
            return new PartnerQuery(
                    department, AUTOMATIC, applicationId, role, idNumber, Outcome.NOT_FOUND, answer, summary, false);
        }

        public static PartnerQuery unavailable(
                Department department, UUID applicationId, SubjectRole role, String idNumber) {
            return new PartnerQuery(
                    department,
                    AUTOMATIC,
                    applicationId,
                    role,
                    idNumber,
                    Outcome.UNAVAILABLE,
                    null,
                    AnswerSummaries.unavailable(),
                    false);
        }

        /** The same query, marked as answered through a posted-back answer when {@code postedBack}. */
        public PartnerQuery postedBack(boolean postedBack) {
            return new PartnerQuery(
                    department,
                    requestedBy,
                    applicationId,
                    subjectRole,
                    subjectIdNumber,
                    outcome,
                    answer,
                    answerSummary,
                    postedBack);
        }

        /**
         * The real-estate registry is asked about all guardians at once: one entry per person asked, each
         * with the properties that person owns (none is NOT_FOUND), all digesting the same answer.
         */
        public static List<PartnerQuery> propertiesPerPerson(
                UUID applicationId, List<String> idNumbers, Object answer, List<PropertyRecord> properties) {
            return idNumbers.stream()
                    .map(id -> {
                        List<PropertyRecord> owned = properties.stream()
                                .filter(p -> p.ownerIdNumbers().contains(id))
                                .toList();
                        return owned.isEmpty()
                                ? notFound(
                                        Department.REAL_ESTATE,
                                        applicationId,
                                        SubjectRole.GUARDIAN,
                                        id,
                                        answer,
                                        AnswerSummaries.propertiesNotFound())
                                : answered(
                                        Department.REAL_ESTATE,
                                        applicationId,
                                        SubjectRole.GUARDIAN,
                                        id,
                                        answer,
                                        AnswerSummaries.properties(owned));
                    })
                    .toList();
        }

        /** Never the number in clear, not even in a log line or an exception message. */
        @Override
        public String toString() {
            return "PartnerQuery[" + department + " " + subjectRole + ":" + Masking.idNumber(subjectIdNumber) + " "
                    + outcome + " application " + applicationId + "]";
        }
    }
}
