package cn.baishan.enrollment.events.verification;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A verification that had a verdict is being checked again: a department pushed a change notice (a
 * hukou move, a property sale), the family supplemented, or staff upheld a dispute. A new
 * {@link VerificationCompleted} follows; until then the application is verifying again.
 *
 * @param trigger {@code CHANGE_NOTICE}, {@code SUPPLEMENT} or {@code DISPUTE}
 * @param department the department whose notice triggered it, or null
 * @param reason one line for the parent, in Chinese
 */
public record VerificationReopened(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID applicationId,
        UUID verificationId,
        String trigger,
        String department,
        String reason)
        implements IntegrationEvent {

    public static final String TYPE = "VerificationReopened";
    public static final int VERSION = 1;
    public static final String TRIGGER_CHANGE_NOTICE = "CHANGE_NOTICE";
    public static final String TRIGGER_SUPPLEMENT = "SUPPLEMENT";
    public static final String TRIGGER_DISPUTE = "DISPUTE";

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
