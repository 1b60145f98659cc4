package cn.baishan.enrollment.verification.verifications.domain;

/**
 * Admission categories derived from verified facts (SPEC §4 default tier order). Only the household
 * registry is compared so far, so a match yields {@link #HUKOU_ONLY}; the other departments add the
 * remaining categories.
 */
public final class Categories {

    public static final String HUKOU_ONLY = "HUKOU_ONLY";

    private Categories() {}
}
