package cn.baishan.enrollment.allocation.classes;

/** The sex recorded at enrollment; the only personal attribute besides special needs that class assignment sees. */
public enum Sex {
    F,
    M
}
