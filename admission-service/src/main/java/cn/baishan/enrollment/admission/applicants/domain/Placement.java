package cn.baishan.enrollment.admission.applicants.domain;

/** The expert committee's placement of a child with a disability (binding for the allocation). */
public enum Placement {
    /** 随班就读: a regular class, at the committee's school or the nearest suitable one. */
    REGULAR_CLASS,
    /** 特殊教育学校: a special school, named by the committee; no regular seat is used. */
    SPECIAL_SCHOOL,
    /** 送教上门: teachers come to the home. */
    HOME_TEACHING
}
