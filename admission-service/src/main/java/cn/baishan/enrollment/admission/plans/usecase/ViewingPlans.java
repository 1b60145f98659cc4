package cn.baishan.enrollment.admission.plans.usecase;

import cn.baishan.enrollment.admission.plans.domain.CatalogSchool;
import cn.baishan.enrollment.admission.plans.domain.CatalogZone;
import cn.baishan.enrollment.admission.plans.domain.DistrictScope;
import cn.baishan.enrollment.admission.plans.domain.Plan;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.port.PlanRepository;
import cn.baishan.enrollment.admission.plans.usecase.port.SchoolCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
class ViewingPlans implements ViewPlansQuery {

    private final PlanRepository plans;
    private final SchoolCatalog catalog;
    private final Clock clock;

    ViewingPlans(PlanRepository plans, SchoolCatalog catalog, Clock clock) {
        this.plans = plans;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public List<Plan> list(String districtCode, Integer enrollmentYear, Stage stage) {
        List<Plan> all = plans.list(enrollmentYear, stage);
        if (districtCode == null) {
            return all;
        }
        Map<Stage, Set<String>> zoneSchools = new EnumMap<>(Stage.class);
        for (Stage s : stage == null ? List.of(Stage.values()) : List.of(stage)) {
            zoneSchools.put(
                    s,
                    catalog.zones(districtCode, s, today()).stream()
                            .flatMap(z -> z.schoolCodes().stream())
                            .collect(Collectors.toSet()));
        }
        return all.stream()
                .filter(p -> p.districtCode().equals(districtCode)
                        || zoneSchools.get(p.key().stage()).contains(p.key().schoolCode()))
                .toList();
    }

    @Override
    public SeasonPlans season(String districtCode, int enrollmentYear, Stage stage) {
        List<CatalogZone> zones = catalog.zones(districtCode, stage, today());
        Map<String, CatalogSchool> schools =
                catalog.schools().stream().collect(Collectors.toMap(CatalogSchool::code, Function.identity()));
        Set<String> scope = DistrictScope.schoolsOf(districtCode, stage, schools.values(), zones);
        List<PlannedSchool> planned = plans.list(enrollmentYear, stage).stream()
                .filter(p -> scope.contains(p.key().schoolCode()))
                .map(p -> new PlannedSchool(schools.get(p.key().schoolCode()), p))
                .toList();
        return new SeasonPlans(planned, zones);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ManagingPlans.CHINA));
    }
}
