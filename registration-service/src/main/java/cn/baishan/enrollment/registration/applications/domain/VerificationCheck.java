package cn.baishan.enrollment.registration.applications.domain;

/** The outcome of one department's check, as verification reported it (evidence already masked). */
public record VerificationCheck(String source, String outcome, String evidence) {}
