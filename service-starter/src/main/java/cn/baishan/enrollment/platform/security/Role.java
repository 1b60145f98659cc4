package cn.baishan.enrollment.platform.security;

/** The realm roles of the Keycloak realm {@code baishan} (SPEC.md, "Who uses it"). */
public enum Role {
    PARENT,
    COLLECTION_STAFF,
    SCHOOL_STAFF,
    DISTRICT_ADMIN,
    CITY_ADMIN,
    INSPECTOR,
    EXPERT_COMMITTEE,
    PARTNER
}
