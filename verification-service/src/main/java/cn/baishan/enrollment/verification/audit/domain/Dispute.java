package cn.baishan.enrollment.verification.audit.domain;

import cn.baishan.enrollment.verification.verifications.domain.Masking;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A family's dispute of what a department answered, in district staff's queue with the evidence: the
 * audited answer (masked) and the verification's checks as they stood when it arrived. Decided once,
 * upheld or dismissed, with a reason and who decided.
 */
public final class Dispute {

    public enum Status {
        OPEN,
        UPHELD,
        DISMISSED
    }

    /** One check of the verification as it stood, masked as the verification keeps it. */
    public record CheckEvidence(String source, String outcome, String evidence) {}

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

    private final UUID id;
    private final UUID applicationId;
    private final UUID queryId;
    private final String department;
    private final String statement;
    private final String districtCode;
    private final Long auditSequence;
    private final String auditedAnswer;
    private final List<CheckEvidence> checks;
    private final Instant receivedAt;
    private Status status;
    private String decisionReason;
    private String decidedBy;
    private Instant decidedAt;

    private Dispute(
            UUID id,
            UUID applicationId,
            UUID queryId,
            String department,
            String statement,
            String districtCode,
            Long auditSequence,
            String auditedAnswer,
            List<CheckEvidence> checks,
            Instant receivedAt,
            Status status,
            String decisionReason,
            String decidedBy,
            Instant decidedAt) {
        this.id = Objects.requireNonNull(id);
        this.applicationId = Objects.requireNonNull(applicationId);
        this.queryId = queryId;
        this.department = department;
        this.statement = statement;
        this.districtCode = districtCode;
        this.auditSequence = auditSequence;
        this.auditedAnswer = auditedAnswer;
        this.checks = List.copyOf(checks);
        this.receivedAt = receivedAt;
        this.status = status;
        this.decisionReason = decisionReason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /**
     * A dispute as it arrives. {@code disputed} is the audited query the family saw, null when the log has
     * no such query (the dispute is still kept: staff decide it on the statement and the checks).
     */
    public static Dispute open(
            UUID id,
            UUID applicationId,
            UUID queryId,
            String department,
            String statement,
            String districtCode,
            AuditEntry disputed,
            List<CheckEvidence> checks,
            Instant now) {
        return new Dispute(
                id,
                applicationId,
                queryId,
                department != null
                        ? department
                        : disputed == null ? null : disputed.department().name(),
                maskIdNumbers(statement),
                districtCode != null ? districtCode : disputed == null ? null : disputed.districtCode(),
                disputed == null ? null : disputed.sequence(),
                disputed == null ? null : disputed.answerSummary(),
                checks,
                now,
                Status.OPEN,
                null,
                null,
                null);
    }

    public static Dispute restore(
            UUID id,
            UUID applicationId,
            UUID queryId,
            String department,
            String statement,
            String districtCode,
            Long auditSequence,
            String auditedAnswer,
            List<CheckEvidence> checks,
            Instant receivedAt,
            Status status,
            String decisionReason,
            String decidedBy,
            Instant decidedAt) {
        return new Dispute(
                id,
                applicationId,
                queryId,
                department,
                statement,
                districtCode,
                auditSequence,
                auditedAnswer,
                checks,
                receivedAt,
                status,
                decisionReason,
                decidedBy,
                decidedAt);
    }

    /** A parent may type an ID number into the statement; it is kept masked like every other. */
    static String maskIdNumbers(String text) {
        return text == null ? null : ID_NUMBER.matcher(text).replaceAll(m -> Masking.idNumber(m.group()));
    }

    /** Upholds or dismisses an open dispute; a decided one stays as it was decided. */
    public void decide(boolean upheld, String reason, String by, Instant now) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("dispute " + id + " was already decided: " + status);
        }
        if (reason == null || reason.isBlank() || by == null || by.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason and who made it");
        }
        this.status = upheld ? Status.UPHELD : Status.DISMISSED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public UUID queryId() {
        return queryId;
    }

    public String department() {
        return department;
    }

    public String statement() {
        return statement;
    }

    public String districtCode() {
        return districtCode;
    }

    public Long auditSequence() {
        return auditSequence;
    }

    public String auditedAnswer() {
        return auditedAnswer;
    }

    public List<CheckEvidence> checks() {
        return checks;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Status status() {
        return status;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
