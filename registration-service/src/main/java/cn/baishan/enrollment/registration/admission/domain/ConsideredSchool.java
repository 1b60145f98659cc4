package cn.baishan.enrollment.registration.admission.domain;

/**
 * One school the allocation considered for the child: in which phase, whether the child got it, and
 * its cut-off there (the last child it admitted in that phase; null when the school was not full).
 */
public record ConsideredSchool(
        String schoolCode, String phase, boolean admitted, Integer cutoffTierRank, Integer cutoffLotteryRank) {

    public ConsideredSchool {
        Fields.required(schoolCode, 20, "considered.schoolCode");
        Fields.required(phase, 30, "considered.phase");
    }
}
