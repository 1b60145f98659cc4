package cn.baishan.enrollment.events.verification;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Cross-department verification of an application reached a verdict: either {@code VERIFIED} with an
 * admission category, or {@code NEEDS_SUPPLEMENT} with the one consolidated list of what is missing.
 * Version 2 added {@code facts} (the verified facts the category was ranked from, e.g.
 * {@code HUKOU_IN_ZONE}) and {@code homeLocation} (the verified home's coordinates, from which admission
 * measures the distance to schools for the district's overall arrangement); both are absent (empty / null)
 * in version-1 records.
 */
public record VerificationCompleted(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID applicationId,
        UUID verificationId,
        String verdict,
        String category,
        List<Check> checks,
        List<SupplementItem> supplementItems,
        String zoneCode,
        List<String> zoneSchoolCodes,
        List<String> flags,
        List<String> facts,
        Location homeLocation)
        implements IntegrationEvent {

    public static final String TYPE = "VerificationCompleted";
    public static final int VERSION = 2;
    public static final String VERIFIED = "VERIFIED";
    public static final String NEEDS_SUPPLEMENT = "NEEDS_SUPPLEMENT";
    public static final String FLAG_WARNING_PERIOD_ARRIVAL = "WARNING_PERIOD_ARRIVAL";
    public static final String FLAG_ZONE_UNRESOLVED = "ZONE_UNRESOLVED";

    public VerificationCompleted {
        checks = List.copyOf(checks);
        supplementItems = List.copyOf(supplementItems);
        zoneSchoolCodes = zoneSchoolCodes == null ? List.of() : List.copyOf(zoneSchoolCodes);
        flags = flags == null ? List.of() : List.copyOf(flags);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** The version-1 shape: no facts, no home location. */
    public VerificationCompleted(
            UUID eventId,
            Instant occurredAt,
            int schemaVersion,
            UUID applicationId,
            UUID verificationId,
            String verdict,
            String category,
            List<Check> checks,
            List<SupplementItem> supplementItems,
            String zoneCode,
            List<String> zoneSchoolCodes,
            List<String> flags) {
        this(
                eventId,
                occurredAt,
                schemaVersion,
                applicationId,
                verificationId,
                verdict,
                category,
                checks,
                supplementItems,
                zoneCode,
                zoneSchoolCodes,
                flags,
                List.of(),
                null);
    }

    /** WGS-84 longitude and latitude in degrees. */
    public record Location(double lon, double lat) {}

    /** One comparison against one department: outcome MATCH / MISMATCH / NOT_FOUND / UNAVAILABLE. */
    public record Check(String source, String outcome, String evidence) {}

    /** One thing the family must supply or correct, with what would fix it (Chinese, for parents). */
    public record SupplementItem(String code, String field, String reason, String remedy) {}

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
