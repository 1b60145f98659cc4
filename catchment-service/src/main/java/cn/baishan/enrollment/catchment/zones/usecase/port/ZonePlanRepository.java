package cn.baishan.enrollment.catchment.zones.usecase.port;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ZonePlanRepository {

    void insert(ZonePlan plan);

    /** Stores the plan's lifecycle state; zones never change after drafting. */
    void update(ZonePlan plan);

    Optional<ZonePlan> load(UUID id);

    /** Every version for a district and stage, newest first (the plan's history). */
    List<ZonePlan> history(String districtCode, Stage stage);

    List<ZonePlan> published();

    int nextVersion(String districtCode, Stage stage);
}
