package cn.baishan.enrollment.verification.verifications.domain;

/**
 * Admission categories derived from verified facts (SPEC §4 default tier order). So far the household
 * and real-estate registries, residence permits and social insurance are compared: hukou and a
 * guardian's residential property in the same zone is {@link #HUKOU_AND_PROPERTY} (户房一致), hukou alone
 * {@link #HUKOU_ONLY}; a family whose hukou is outside every zone but holds a residence permit in one
 * and enough insurance is {@link #MIGRANT_PERMIT_INSURANCE}.
 */
public final class Categories {

    public static final String HUKOU_AND_PROPERTY = "HUKOU_AND_PROPERTY";
    public static final String HUKOU_ONLY = "HUKOU_ONLY";

    /** 随迁子女: a guardian's valid residence permit in a zone and continuous social insurance. */
    public static final String MIGRANT_PERMIT_INSURANCE = "MIGRANT_PERMIT_INSURANCE";

    /** Facts verified, but the address lies in no catchment zone: the district places the child (统筹). */
    public static final String OUTSIDE_ZONES = "OUTSIDE_ZONES";

    private Categories() {}
}
