package cn.baishan.enrollment.events.verification;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * One cross-department query was made and written to the hash-chained audit log. Published so the
 * family can see which departments were asked about whom, when, why and what they answered — all
 * masked: no ID number, no address in full.
 *
 * @param department {@code HOUSEHOLD_REGISTRATION}, {@code REAL_ESTATE}, {@code RESIDENCE_PERMIT} or {@code SOCIAL_INSURANCE}
 * @param subjectRole {@code CHILD} or {@code GUARDIAN}
 * @param subjectMasked the person asked about, masked (2206**********0020)
 * @param outcome {@code ANSWERED}, {@code NOT_FOUND} or {@code UNAVAILABLE}
 * @param answerSummary what the department said, masked, one line in Chinese
 */
public record PartnerQueryRecorded(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID applicationId,
        UUID queryId,
        long sequence,
        String department,
        String purpose,
        String subjectRole,
        String subjectMasked,
        String outcome,
        String answerSummary,
        Instant queriedAt)
        implements IntegrationEvent {

    public static final String TYPE = "PartnerQueryRecorded";
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
