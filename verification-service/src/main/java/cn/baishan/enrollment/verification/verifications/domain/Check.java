package cn.baishan.enrollment.verification.verifications.domain;

/** One check's outcome with evidence a district officer and the family can read (IDs masked). */
public record Check(String source, CheckOutcome outcome, String evidence) {}
