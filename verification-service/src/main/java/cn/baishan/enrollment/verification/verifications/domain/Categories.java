package cn.baishan.enrollment.verification.verifications.domain;

/**
 * Admission categories derived from verified facts by a district's {@link TierRules} (SPEC §4 default
 * order): a confirmed preferential-policy group; hukou and a guardian's residential property in the
 * same zone, {@link #HUKOU_AND_PROPERTY} (户房一致); a property in a zone without the hukou there,
 * {@link #PROPERTY_ONLY}; hukou alone, {@link #HUKOU_ONLY}; a residence permit in a zone with enough
 * insurance, {@link #MIGRANT_PERMIT_INSURANCE}; none of these, {@link #OUTSIDE_ZONES}.
 */
public final class Categories {

    /** Preferential-policy group (martyr, military, police, firefighter, talent…) confirmed by district staff. */
    public static final String PREFERENTIAL_GROUP = "PREFERENTIAL_GROUP";

    /** A guardian's residential property in the zone; the hukou is elsewhere. */
    public static final String PROPERTY_ONLY = "PROPERTY_ONLY";

    public static final String HUKOU_AND_PROPERTY = "HUKOU_AND_PROPERTY";
    public static final String HUKOU_ONLY = "HUKOU_ONLY";

    /** 随迁子女: a guardian's valid residence permit in a zone and continuous social insurance. */
    public static final String MIGRANT_PERMIT_INSURANCE = "MIGRANT_PERMIT_INSURANCE";

    /** Facts verified, but the address lies in no catchment zone: the district places the child (统筹). */
    public static final String OUTSIDE_ZONES = "OUTSIDE_ZONES";

    private Categories() {}
}
