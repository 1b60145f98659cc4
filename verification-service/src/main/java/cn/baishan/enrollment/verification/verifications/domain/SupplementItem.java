package cn.baishan.enrollment.verification.verifications.domain;

/** One entry of the consolidated supplement list (一次性告知). */
public record SupplementItem(String code, String field, String reason, String remedy) {}
