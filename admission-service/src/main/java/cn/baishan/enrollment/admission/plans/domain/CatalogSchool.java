package cn.baishan.enrollment.admission.plans.domain;

import java.util.Set;

/** A school as catchment publishes it: its own district, the stages it takes, where it stands (WGS-84). */
public record CatalogSchool(String code, String name, String districtCode, Set<Stage> stages, double lon, double lat) {

    public CatalogSchool {
        stages = Set.copyOf(stages);
    }

    public boolean takes(Stage stage) {
        return stages.contains(stage);
    }
}
