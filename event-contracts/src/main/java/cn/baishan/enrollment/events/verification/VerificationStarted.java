package cn.baishan.enrollment.events.verification;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** Verification-service accepted an application and is asking the partner departments. */
public record VerificationStarted(
        UUID eventId, Instant occurredAt, int schemaVersion, UUID applicationId, UUID verificationId)
        implements IntegrationEvent {

    public static final String TYPE = "VerificationStarted";
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
