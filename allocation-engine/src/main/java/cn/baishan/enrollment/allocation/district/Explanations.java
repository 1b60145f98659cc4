package cn.baishan.enrollment.allocation.district;

import java.util.List;

/** Why each child's result is what it is, derived from the input and the result alone (so anyone can check it). */
public final class Explanations {

    private Explanations() {}

    /**
     * @param considered each school the run considered for the child, in the order it did
     * @param reason one or two sentences in Chinese the parent can read
     */
    public record Explanation(
            String publicId,
            int tierRank,
            String tierName,
            String lotteryNumber,
            int lotteryRank,
            List<Considered> considered,
            DistrictResult.Outcome outcome,
            String schoolCode,
            DistrictResult.Route route,
            String reason) {

        public Explanation {
            considered = List.copyOf(considered);
        }
    }

    /** @param cutoffTierRank null (with the lottery rank) when the school was not full in that phase */
    public record Considered(
            String schoolCode,
            DistrictResult.Route phase,
            boolean admitted,
            Integer cutoffTierRank,
            Integer cutoffLotteryRank) {}

    public static Explanation of(DistrictInput input, DistrictResult result, String publicId) {
        throw new UnsupportedOperationException("being written (issue 5)");
    }
}
