package cn.baishan.enrollment.catchment.zones.domain;

/**
 * A Chinese address split into the parts catchment rules use (省/市/区县/街道/社区/小区/道路+门牌/栋/单元/室).
 * Missing parts are null.
 */
public record ParsedAddress(
        String district,
        String street,
        String community,
        String compound,
        String road,
        Integer number,
        String building,
        String unit,
        String normalized) {}
