package cn.baishan.enrollment.registration.admission.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A family's appeal (申诉) against one admission notice. Filed here, where the family's ownership of
 * the application is known; decided by district staff in admission-service.
 *
 * @param decision null while {@link AppealStatus#SUBMITTED}
 */
public record Appeal(
        UUID id,
        UUID applicationId,
        UUID noticeId,
        UUID runId,
        String statement,
        String filedBy,
        Instant filedAt,
        AppealStatus status,
        AppealDecision decision) {

    public static final int MAX_STATEMENT = 500;

    public Appeal {
        Objects.requireNonNull(id);
        Objects.requireNonNull(applicationId);
        Objects.requireNonNull(noticeId);
        Objects.requireNonNull(runId);
        Objects.requireNonNull(statement);
        Objects.requireNonNull(filedBy);
        Objects.requireNonNull(filedAt);
        Objects.requireNonNull(status);
        if ((status == AppealStatus.SUBMITTED) != (decision == null)) {
            throw new IllegalArgumentException("a decided appeal carries its decision, a submitted one none");
        }
    }

    /**
     * Files an appeal against {@code notice} at {@code now}: the statement must say something (1–500
     * characters) and the notice's window must still be open (until the end of its deadline day, China
     * time).
     */
    public static Appeal file(UUID id, AdmissionNotice notice, String statement, String filedBy, Instant now) {
        String text = statement == null ? "" : statement.strip();
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            throw new InvalidAppealException("statement", "required", "请写明申诉理由");
        }
        if (length > MAX_STATEMENT) {
            throw new InvalidAppealException("statement", "length", "申诉理由最多" + MAX_STATEMENT + "个字");
        }
        if (!notice.appealOpenAt(now)) {
            throw new AppealWindowClosedException(notice.appealDeadline());
        }
        return new Appeal(
                id,
                notice.applicationId(),
                notice.id(),
                notice.runId(),
                text,
                filedBy,
                now,
                AppealStatus.SUBMITTED,
                null);
    }

    /**
     * The appeal as decided. A decided appeal keeps its first decision: admission decides once, and a
     * repeated decision (a replay under a new event id) changes nothing.
     */
    public Appeal decide(AppealDecision decision) {
        Objects.requireNonNull(decision);
        if (isDecided()) {
            return this;
        }
        return new Appeal(
                id, applicationId, noticeId, runId, statement, filedBy, filedAt, decision.outcome(), decision);
    }

    public boolean isDecided() {
        return status != AppealStatus.SUBMITTED;
    }
}
