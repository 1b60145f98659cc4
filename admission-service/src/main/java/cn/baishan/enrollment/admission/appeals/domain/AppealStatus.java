package cn.baishan.enrollment.admission.appeals.domain;

public enum AppealStatus {
    FILED,
    UPHELD,
    DISMISSED
}
