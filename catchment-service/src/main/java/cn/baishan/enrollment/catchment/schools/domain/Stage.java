package cn.baishan.enrollment.catchment.schools.domain;

/** The stages a school enrolls for: primary grade 1 or junior grade 7. */
public enum Stage {
    PRIMARY,
    JUNIOR
}
