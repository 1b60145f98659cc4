package cn.baishan.enrollment.verification.verifications.domain;

/** A person's social insurance (社保) as human resources and social security holds it. */
public record InsuranceRecord(String insuredIdNumber, int continuousMonths, String lastContributionMonth) {}
