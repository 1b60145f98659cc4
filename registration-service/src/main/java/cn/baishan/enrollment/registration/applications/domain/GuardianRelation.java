package cn.baishan.enrollment.registration.applications.domain;

public enum GuardianRelation {
    FATHER,
    MOTHER,
    GRANDPARENT,
    OTHER_GUARDIAN
}
