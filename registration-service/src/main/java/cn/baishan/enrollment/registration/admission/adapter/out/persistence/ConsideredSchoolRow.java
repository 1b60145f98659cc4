package cn.baishan.enrollment.registration.admission.adapter.out.persistence;

import jakarta.persistence.Embeddable;

/** Row of {@code registration.admission_notice_school}, ordered by {@code position}. */
@Embeddable
class ConsideredSchoolRow {

    String schoolCode;
    String phase;
    boolean admitted;
    Integer cutoffTierRank;
    Integer cutoffLotteryRank;
}
