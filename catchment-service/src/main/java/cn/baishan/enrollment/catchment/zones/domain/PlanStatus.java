package cn.baishan.enrollment.catchment.zones.domain;

/**
 * The life of a zoning plan version: drafted, evaluated (科学评估, with the evaluation recorded), optionally
 * heard (听证), approved, published in advance with its effective date. A published plan never changes;
 * a change is a new version.
 */
public enum PlanStatus {
    DRAFT,
    EVALUATED,
    APPROVED,
    PUBLISHED
}
