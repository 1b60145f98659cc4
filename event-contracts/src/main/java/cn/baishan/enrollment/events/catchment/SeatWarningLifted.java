package cn.baishan.enrollment.events.catchment;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A seat warning was lifted by announcement from {@code liftedOn}. */
public record SeatWarningLifted(
        UUID eventId, Instant occurredAt, int schemaVersion, UUID warningId, String schoolCode, LocalDate liftedOn)
        implements IntegrationEvent {

    public static final String TYPE = "SeatWarningLifted";
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
