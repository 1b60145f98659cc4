package cn.baishan.enrollment.verification.verifications.domain;

/** The result of comparing one declared fact with one department's registry. */
public enum CheckOutcome {
    MATCH,
    MISMATCH,
    NOT_FOUND,
    /** The department could not be asked (outage, timeout, garbage answer): never a rejection. */
    UNAVAILABLE
}
