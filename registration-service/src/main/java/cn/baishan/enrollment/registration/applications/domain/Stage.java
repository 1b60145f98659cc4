package cn.baishan.enrollment.registration.applications.domain;

/** The two entry points of compulsory education the platform enrolls for. */
public enum Stage {
    /** 小学一年级 */
    PRIMARY_GRADE_1,
    /** 初中七年级 */
    JUNIOR_GRADE_7
}
