package cn.baishan.enrollment.catchment.zones.domain;

/** A zone and the plan version it belongs to. */
public record Located(Zone zone, ZonePlan plan) {}
