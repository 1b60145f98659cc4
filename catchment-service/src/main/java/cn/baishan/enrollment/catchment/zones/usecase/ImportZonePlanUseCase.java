package cn.baishan.enrollment.catchment.zones.usecase;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import java.util.List;
import java.util.Map;
import java.util.Set;

public interface ImportZonePlanUseCase {

    /**
     * Drafts a new plan version for a district and stage from zones (GeoJSON features, already read)
     * and address-rule rows. All or nothing: any problem rejects the whole import, listing all.
     */
    ZonePlan importPlan(ImportZonePlanCommand command);

    /** @param allowedDistricts districts the caller may change; empty = city-wide */
    record ImportZonePlanCommand(
            String districtCode,
            Stage stage,
            List<Zone> zones,
            List<Map<String, String>> ruleRows,
            String by,
            Set<String> allowedDistricts) {}
}
