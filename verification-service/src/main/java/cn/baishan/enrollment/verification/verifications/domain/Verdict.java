package cn.baishan.enrollment.verification.verifications.domain;

public enum Verdict {
    VERIFIED,
    NEEDS_SUPPLEMENT
}
