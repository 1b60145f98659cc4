package cn.baishan.enrollment.verification.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The facts of one query to a department, before it takes its place in the chain. Holds no ID number
 * in clear: the person is a keyed blind index (to find every query about them) and a masked number.
 *
 * @param requestedBy who caused the query: {@code verification-service} for the automatic comparison, or
 *     the staff user name
 * @param districtCode the application's district (district staff see their own), null when unknown
 * @param resultDigest SHA-256 of the department's answer as received, null when there was no answer
 * @param answerSummary what the department said, masked, one line
 */
public record AuditedQuery(
        UUID queryId,
        Instant queriedAt,
        Department department,
        String purpose,
        String requestedBy,
        UUID applicationId,
        String districtCode,
        SubjectRole subjectRole,
        String subjectIndex,
        String subjectMasked,
        Outcome outcome,
        String resultDigest,
        String answerSummary) {

    public AuditedQuery {
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(queriedAt, "queriedAt");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(subjectRole, "subjectRole");
        Objects.requireNonNull(subjectIndex, "subjectIndex");
        Objects.requireNonNull(subjectMasked, "subjectMasked");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(answerSummary, "answerSummary");
        if (outcome == Outcome.UNAVAILABLE && resultDigest != null) {
            throw new IllegalArgumentException("an unanswered query has no result to digest");
        }
    }
}
