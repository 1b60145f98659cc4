package cn.baishan.enrollment.registration.applications.domain;

public enum Sex {
    MALE,
    FEMALE
}
