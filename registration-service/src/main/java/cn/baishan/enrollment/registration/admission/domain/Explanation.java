package cn.baishan.enrollment.registration.admission.domain;

import java.util.List;

/**
 * Why the result is what it is, as admission explained it: the child's tier, lottery number and rank,
 * every school considered with its cut-off, and the reason in one or two Chinese sentences.
 */
public record Explanation(
        int tierRank,
        String tierName,
        String lotteryNumber,
        int lotteryRank,
        List<ConsideredSchool> considered,
        String reason) {

    public Explanation {
        considered = considered == null ? List.of() : List.copyOf(considered);
        Fields.optional(tierName, 100, "tierName");
        Fields.optional(lotteryNumber, 32, "lotteryNumber");
    }
}
