package cn.baishan.enrollment.catchment.zones.domain;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A catchment zone (招生片区) of one stage: its school(s), its area as a polygon (may be absent when the
 * zone is defined by address rules only) and its address rules.
 */
public record Zone(
        String code,
        String name,
        String districtCode,
        Stage stage,
        ZoneType type,
        List<String> schoolCodes,
        Geometry area,
        List<AddressRule> rules) {

    public Zone {
        schoolCodes = List.copyOf(schoolCodes);
        rules = List.copyOf(rules);
    }

    public Zone withRules(List<AddressRule> newRules) {
        return new Zone(code, name, districtCode, stage, type, schoolCodes, area, newRules);
    }
}
