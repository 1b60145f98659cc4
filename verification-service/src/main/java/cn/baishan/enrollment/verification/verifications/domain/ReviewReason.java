package cn.baishan.enrollment.verification.verifications.domain;

/** Why a verification sits in district staff's manual-review queue (线下核验). */
public enum ReviewReason {
    /** The child's document is not a resident ID: no registry can check it. */
    DOCUMENT,
    /** A department has not answered for longer than the district allows; still retried meanwhile. */
    DEPARTMENT_DOWN,
    /** A declared preferential-policy group: staff check the certificate against the published basis. */
    PREFERENTIAL_GROUP
}
