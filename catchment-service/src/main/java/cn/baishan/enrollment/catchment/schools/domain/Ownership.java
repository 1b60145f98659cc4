package cn.baishan.enrollment.catchment.schools.domain;

/** 公办 or 民办: only public schools have catchment zones; private ones enroll by their own plan. */
public enum Ownership {
    PUBLIC,
    PRIVATE
}
