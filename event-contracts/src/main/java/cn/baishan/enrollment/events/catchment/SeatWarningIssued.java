package cn.baishan.enrollment.events.catchment;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A district announced a seat warning for a school: children whose hukou move-in or property
 * registration is on or after {@code startDate} are placed by overall arrangement (统筹).
 */
public record SeatWarningIssued(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID warningId,
        String schoolCode,
        String districtCode,
        String stage,
        int enrollmentYear,
        String level,
        LocalDate startDate)
        implements IntegrationEvent {

    public static final String TYPE = "SeatWarningIssued";
    public static final int VERSION = 1;

    @Override
    public String aggregateId() {
        return warningId.toString();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
