package cn.baishan.enrollment.catchment.zones.usecase;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import cn.baishan.enrollment.catchment.zones.usecase.port.ZonePlanRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A district's plan history (every version kept) and single plans. */
@Service
@Transactional(readOnly = true)
public class ViewZonePlansQuery {

    private final ZonePlanRepository plans;

    ViewZonePlansQuery(ZonePlanRepository plans) {
        this.plans = plans;
    }

    public List<ZonePlan> history(String districtCode, Stage stage) {
        return plans.history(districtCode, stage);
    }

    public Optional<ZonePlan> plan(UUID id) {
        return plans.load(id);
    }
}
