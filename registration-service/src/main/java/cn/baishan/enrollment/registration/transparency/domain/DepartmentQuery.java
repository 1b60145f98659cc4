package cn.baishan.enrollment.registration.transparency.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One question verification asked a partner department about a person of the family, and what the
 * department answered — masked, as the family may see it. Anything that looks like a full resident ID
 * is masked on the way in.
 */
public record DepartmentQuery(
        UUID queryId,
        UUID applicationId,
        long sequence,
        String department,
        String purpose,
        String subjectRole,
        String subjectMasked,
        String outcome,
        String answerSummary,
        Instant queriedAt) {

    public DepartmentQuery {
        // a record without these is malformed, not a passing fault: refused as such (dead letter, not retry)
        if (queryId == null || applicationId == null || queriedAt == null) {
            throw new IllegalArgumentException("a query has an id, an application and a time");
        }
        if (department == null || department.isBlank()) {
            throw new IllegalArgumentException("a query names its department");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new IllegalArgumentException("a query has an outcome");
        }
        purpose = purpose == null ? "" : IdNumbers.scrub(purpose);
        subjectRole = subjectRole == null ? "" : subjectRole;
        subjectMasked = IdNumbers.scrub(subjectMasked);
        answerSummary = IdNumbers.scrub(answerSummary);
    }
}
