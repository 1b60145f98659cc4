package cn.baishan.enrollment.events.admission;

import cn.baishan.enrollment.events.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A district published an allocation run: this application's result, with the explanation the parent
 * reads (tier, lottery number, every school considered with its cut-off, and why) and the last day of
 * the appeal window. Registration turns it into the family's admission notice (录取通知). Re-issued with
 * a new {@code eventId} when an appeal changes the placement ({@code appealId} set).
 *
 * @param outcome {@code ADMITTED}, {@code SPECIAL_SCHOOL}, {@code HOME_TEACHING} or {@code UNPLACED}
 * @param route how the seat was reached: {@code DISABILITY}, {@code DIRECT_PROMOTION}, {@code IN_ZONE},
 *     {@code SIBLING}, {@code OVERFLOW}, {@code APPEAL}; null when unplaced
 * @param publicId the masked id the application carries on the public lists and in the lottery
 */
public record AdmissionNoticeIssued(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        UUID applicationId,
        UUID runId,
        String districtCode,
        int enrollmentYear,
        String stage,
        String publicId,
        String outcome,
        String schoolCode,
        String schoolName,
        String route,
        Explanation explanation,
        LocalDate appealDeadline,
        UUID appealId)
        implements IntegrationEvent {

    public static final String TYPE = "AdmissionNoticeIssued";
    public static final int VERSION = 1;

    /**
     * Why the result is what it is.
     *
     * @param tierRank 1 = first tier of the district's published order
     * @param lotteryNumber the child's lottery number, 16 hex digits (derived from the seed and the public id)
     * @param lotteryRank 1..n, the order of the numbers in the district draw
     * @param considered each school the allocation considered for this child, in the order it did
     * @param reason one or two sentences in Chinese
     */
    public record Explanation(
            int tierRank,
            String tierName,
            String lotteryNumber,
            int lotteryRank,
            List<Considered> considered,
            String reason) {

        public Explanation {
            considered = List.copyOf(considered);
        }
    }

    /**
     * One school considered: in which phase, whether the child got it, and its cut-off (the last child
     * it admitted in that phase, tier then lottery rank; null when the school was not full).
     */
    public record Considered(
            String schoolCode, String phase, boolean admitted, Integer cutoffTierRank, Integer cutoffLotteryRank) {}

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
