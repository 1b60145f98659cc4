package cn.baishan.enrollment.events.admission;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * District staff decided a family's appeal (申诉) with a recorded reason. {@code UPHELD} with a
 * {@code schoolCode} moved the child (a new {@link AdmissionNoticeIssued} follows); {@code UPHELD} without
 * one, or {@code DISMISSED}, leaves the placement as it was.
 */
public record AppealDecided(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID applicationId,
        UUID appealId,
        String outcome,
        String reason,
        String schoolCode)
        implements IntegrationEvent {

    public static final String TYPE = "AppealDecided";
    public static final int VERSION = 1;
    public static final String UPHELD = "UPHELD";
    public static final String DISMISSED = "DISMISSED";

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
