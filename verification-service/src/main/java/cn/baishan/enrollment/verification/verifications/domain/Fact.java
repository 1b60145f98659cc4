package cn.baishan.enrollment.verification.verifications.domain;

/** A fact verification established about a family; a district's tier rules are built from these. */
public enum Fact {
    /** District staff confirmed a preferential-policy group against the district's published basis. */
    PREFERENTIAL_GROUP,
    /** The registry confirmed the declared hukou address and it lies in a catchment zone. */
    HUKOU_IN_ZONE,
    /** A guardian owns a residential property in the application's zone (registry-confirmed). */
    PROPERTY_IN_ZONE,
    /** A guardian's valid residence permit in a zone and enough continuous social insurance (随迁子女). */
    PERMIT_AND_INSURANCE_IN_ZONE
}
