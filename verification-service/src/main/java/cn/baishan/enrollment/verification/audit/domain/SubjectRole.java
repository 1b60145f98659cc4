package cn.baishan.enrollment.verification.audit.domain;

/** Whom a department was asked about: the child or one of the guardians. */
public enum SubjectRole {
    CHILD,
    GUARDIAN
}
