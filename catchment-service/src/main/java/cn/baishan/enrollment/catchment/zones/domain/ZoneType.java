package cn.baishan.enrollment.catchment.zones.domain;

/** 单校划片 (one school) or 多校划片 (several schools; parents rank them). */
public enum ZoneType {
    SINGLE,
    MULTI
}
