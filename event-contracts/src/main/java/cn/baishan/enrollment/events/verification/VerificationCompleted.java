package cn.baishan.enrollment.events.verification;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Cross-department verification of an application reached a verdict: either {@code VERIFIED} with an
 * admission category, or {@code NEEDS_SUPPLEMENT} with the one consolidated list of what is missing.
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
        List<String> flags)
        implements IntegrationEvent {

    public static final String TYPE = "VerificationCompleted";
    public static final int VERSION = 1;
    public static final String VERIFIED = "VERIFIED";
    public static final String NEEDS_SUPPLEMENT = "NEEDS_SUPPLEMENT";
    public static final String FLAG_WARNING_PERIOD_ARRIVAL = "WARNING_PERIOD_ARRIVAL";
    public static final String FLAG_ZONE_UNRESOLVED = "ZONE_UNRESOLVED";

    public VerificationCompleted {
        checks = List.copyOf(checks);
        supplementItems = List.copyOf(supplementItems);
        zoneSchoolCodes = zoneSchoolCodes == null ? List.of() : List.copyOf(zoneSchoolCodes);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

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
