package cn.baishan.enrollment.verification.verifications.domain;

public enum VerificationStatus {
    /** Waiting for (another attempt at) the departments. */
    PENDING,
    /** Needs district staff: a document the registries cannot check. */
    MANUAL_REVIEW,
    COMPLETED
}
