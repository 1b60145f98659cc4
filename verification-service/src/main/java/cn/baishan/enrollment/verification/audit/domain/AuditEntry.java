package cn.baishan.enrollment.verification.audit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One link of the hash-chained audit log of cross-department queries. {@code hash} is SHA-256 over a
 * canonical encoding of every other field, {@code prevHash} included, so editing any field of an entry
 * breaks its own hash, and deleting or reordering entries breaks the sequence or the next link.
 */
public record AuditEntry(
        long sequence,
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
        String answerSummary,
        String prevHash,
        String hash) {

    /** The next link after {@code head}: sequence + 1, linked to the head's hash, its own hash computed. */
    public static AuditEntry chain(ChainHead head, AuditedQuery q) {
        AuditEntry unsealed = new AuditEntry(
                head.lastSequence() + 1,
                q.queryId(),
                q.queriedAt(),
                q.department(),
                q.purpose(),
                q.requestedBy(),
                q.applicationId(),
                q.districtCode(),
                q.subjectRole(),
                q.subjectIndex(),
                q.subjectMasked(),
                q.outcome(),
                q.resultDigest(),
                q.answerSummary(),
                head.lastHash(),
                null);
        return unsealed.withHash(unsealed.computeHash());
    }

    /** The head after this entry. */
    public ChainHead asHead() {
        return new ChainHead(sequence, hash);
    }

    /** What {@code hash} must be for the fields as they are now. */
    public String computeHash() {
        return Sha256.hex(canonical());
    }

    /**
     * Every field but the hash, in a fixed order, each as {@code name=length:value} on its own line
     * (null as {@code name=~}): no two different entries encode alike, whatever their text contains.
     * Instants in ISO-8601 UTC; PostgreSQL keeps microseconds, so entries are stamped at that precision.
     */
    String canonical() {
        StringBuilder s = new StringBuilder("baishan-partner-query-audit/v1\n");
        field(s, "sequence", Long.toString(sequence));
        field(s, "queryId", String.valueOf(queryId));
        field(s, "queriedAt", queriedAt == null ? null : queriedAt.toString());
        field(s, "department", department == null ? null : department.name());
        field(s, "purpose", purpose);
        field(s, "requestedBy", requestedBy);
        field(s, "applicationId", String.valueOf(applicationId));
        field(s, "districtCode", districtCode);
        field(s, "subjectRole", subjectRole == null ? null : subjectRole.name());
        field(s, "subjectIndex", subjectIndex);
        field(s, "subjectMasked", subjectMasked);
        field(s, "outcome", outcome == null ? null : outcome.name());
        field(s, "resultDigest", resultDigest);
        field(s, "answerSummary", answerSummary);
        field(s, "prevHash", prevHash);
        return s.toString();
    }

    private static void field(StringBuilder s, String name, String value) {
        s.append(name).append('=');
        if (value == null) {
            s.append('~');
        } else {
            s.append(value.length()).append(':').append(value);
        }
        s.append('\n');
    }

    private AuditEntry withHash(String newHash) {
        return new AuditEntry(
                sequence,
                queryId,
                queriedAt,
                department,
                purpose,
                requestedBy,
                applicationId,
                districtCode,
                subjectRole,
                subjectIndex,
                subjectMasked,
                outcome,
                resultDigest,
                answerSummary,
                prevHash,
                newHash);
    }
}
