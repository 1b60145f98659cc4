package cn.baishan.enrollment.events.registration;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A parent disputes what a department answered about the family (the "preview" principle): the
 * dispute goes to district staff with the evidence. {@code queryId} names the audited query the
 * parent saw ({@link cn.baishan.enrollment.events.verification.PartnerQueryRecorded#queryId()}).
 */
public record RecordDisputed(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID applicationId,
        UUID disputeId,
        UUID queryId,
        String department,
        String statement)
        implements IntegrationEvent {

    public static final String TYPE = "RecordDisputed";
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
