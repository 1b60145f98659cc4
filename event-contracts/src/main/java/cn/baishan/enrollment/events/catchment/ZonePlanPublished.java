package cn.baishan.enrollment.events.catchment;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A district published a new zoning plan version for a stage, in force from {@code effectiveFrom}.
 * Catchment instances rebuild their look-up index on it; other services may re-read zones.
 */
public record ZonePlanPublished(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID planId,
        String districtCode,
        String stage,
        int planVersion,
        LocalDate effectiveFrom)
        implements IntegrationEvent {

    public static final String TYPE = "ZonePlanPublished";
    public static final int VERSION = 1;

    @Override
    public String aggregateId() {
        return planId.toString();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
