package cn.baishan.enrollment.events.registration;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A parent appealed (申诉) the admission result of their application within the window; registration
 * checked the ownership and the deadline, admission records the case for district staff.
 */
public record AppealFiled(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID applicationId,
        UUID appealId,
        UUID runId,
        String statement)
        implements IntegrationEvent {

    public static final String TYPE = "AppealFiled";
    public static final int VERSION = 1;

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
