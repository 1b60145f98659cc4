package cn.baishan.enrollment.verification.audit.domain;

/** What became of one query: an answer with a record, a definite "no record", or no usable answer. */
public enum Outcome {
    ANSWERED,
    NOT_FOUND,
    UNAVAILABLE
}
