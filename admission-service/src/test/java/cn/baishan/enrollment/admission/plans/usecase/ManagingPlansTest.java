package cn.baishan.enrollment.admission.plans.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.admission.plans.domain.CatalogSchool;
import cn.baishan.enrollment.admission.plans.domain.CatalogZone;
import cn.baishan.enrollment.admission.plans.domain.Plan;
import cn.baishan.enrollment.admission.plans.domain.PlanFigures;
import cn.baishan.enrollment.admission.plans.domain.PlanKey;
import cn.baishan.enrollment.admission.plans.domain.PlansRejectedException;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase.BelowAdmittedException;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase.EditPlanCommand;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase.ImportPlansCommand;
import cn.baishan.enrollment.admission.plans.usecase.ManagePlansUseCase.OutOfScopeException;
import cn.baishan.enrollment.admission.plans.usecase.port.PlanRepository;
import cn.baishan.enrollment.admission.plans.usecase.port.SchoolCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plan writes against catchment's schools and the seats already admitted, each faked at its port. */
class ManagingPlansTest {

    final Map<PlanKey, Plan> stored = new LinkedHashMap<>();
    final Map<PlanKey, Integer> admitted = new HashMap<>();

    final SchoolCatalog catalog = new SchoolCatalog() {
        @Override
        public List<CatalogSchool> schools() {
            return List.of(
                    new CatalogSchool("220602001", "浑江区第一小学", "220602", Set.of(Stage.PRIMARY), 126.4, 41.94),
                    new CatalogSchool("220600001", "白山市实验小学", "220600", Set.of(Stage.PRIMARY), 126.43, 41.95),
                    new CatalogSchool("220681001", "临江市第一小学", "220681", Set.of(Stage.PRIMARY), 126.9, 41.8),
                    new CatalogSchool("220602024", "浑江区第一中学", "220602", Set.of(Stage.JUNIOR), 126.41, 41.94));
        }

        @Override
        public List<CatalogZone> zones(String districtCode, Stage stage, LocalDate on) {
            return districtCode.equals("220602") && stage == Stage.PRIMARY
                    ? List.of(new CatalogZone("220602-P-02", "220602", Stage.PRIMARY, "MULTI", List.of("220600001")))
                    : List.of();
        }
    };

    final PlanRepository repository = new PlanRepository() {
        @Override
        public void saveAll(Collection<Plan> plans) {
            plans.forEach(p -> stored.put(p.key(), p));
        }

        @Override
        public Optional<Plan> find(PlanKey key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public List<Plan> list(Integer enrollmentYear, Stage stage) {
            return List.copyOf(stored.values());
        }
    };

    final ManagingPlans managing = new ManagingPlans(
            repository,
            catalog,
            key -> admitted.getOrDefault(key, 0),
            Clock.fixed(Instant.parse("2027-04-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aDistrictBureauImportsPlansForItsOwnSchoolsAndTheSchoolsItsZonesUse() {
        int imported = managing.importPlans(new ImportPlansCommand(
                List.of(
                        row("220602001", "PRIMARY", "6", "", "270", "1"),
                        row("220600001", "PRIMARY", "9", "45", "405", "")),
                Set.of("220602"),
                "admin-220602"));

        assertThat(imported).isEqualTo(2);
        Plan city = stored.get(new PlanKey("220600001", 2027, Stage.PRIMARY));
        assertThat(city.districtCode()).isEqualTo("220600");
        assertThat(city.reservedSeats()).isZero();
        assertThat(city.updatedBy()).isEqualTo("admin-220602");
    }

    @Test
    void aSheetWithAnyBadRowWritesNothingAndNamesEveryRowIncludingCatchmentChecks() {
        assertThatThrownBy(() -> managing.importPlans(new ImportPlansCommand(
                        List.of(
                                row("220602001", "PRIMARY", "6", "", "270", "1"),
                                row("220602999", "PRIMARY", "6", "", "270", "1"),
                                row("220602024", "PRIMARY", "6", "", "270", "1"),
                                row("220681001", "PRIMARY", "5", "", "225", "0"),
                                row("220602001", "JUNIOR", "6", "60", "270", "1")),
                        Set.of("220602"),
                        "admin-220602")))
                .isInstanceOfSatisfying(PlansRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.row() + "." + p.field() + ":" + p.rule())
                        .containsExactly(
                                "2.schoolCode:school-unknown",
                                "3.stage:school-stage",
                                "4.schoolCode:own-district",
                                "5.classSizeCap:max-55"));
        assertThat(stored).isEmpty();
    }

    @Test
    void theCityBureauPlansAnywhere() {
        managing.importPlans(
                new ImportPlansCommand(List.of(row("220681001", "PRIMARY", "5", "", "225", "0")), Set.of(), "city"));
        assertThat(stored).hasSize(1);
    }

    @Test
    void aDistrictBureauCannotEditAnotherDistrictsSchool() {
        assertThatThrownBy(() -> managing.edit(new EditPlanCommand(
                        new PlanKey("220681001", 2027, Stage.PRIMARY),
                        new PlanFigures(5, null, 225, 0),
                        Set.of("220602"),
                        "admin-220602")))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void aPlanCannotBeCutBelowTheChildrenAPublishedRunAdmitted() {
        var key = new PlanKey("220602001", 2027, Stage.PRIMARY);
        admitted.put(key, 200);

        assertThatThrownBy(() -> managing.edit(
                        new EditPlanCommand(key, new PlanFigures(6, null, 205, 6), Set.of("220602"), "a")))
                .isInstanceOfSatisfying(BelowAdmittedException.class, e -> {
                    assertThat(e.admitted()).isEqualTo(200);
                    assertThat(e.capacity()).isEqualTo(199);
                });
        Plan kept = managing.edit(new EditPlanCommand(key, new PlanFigures(6, null, 205, 5), Set.of("220602"), "a"));
        assertThat(kept.capacity()).isEqualTo(200);
        assertThat(stored).containsValue(kept);
    }

    @Test
    void anEditWithBadFiguresNamesTheFieldsAndWritesNothing() {
        assertThatThrownBy(() -> managing.edit(new EditPlanCommand(
                        new PlanKey("220602001", 2027, Stage.PRIMARY),
                        new PlanFigures(6, 56, 400, 500),
                        Set.of(),
                        "city")))
                .isInstanceOfSatisfying(PlansRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.rule())
                        .containsExactly("classSizeCap:max-55", "reservedSeats:within-seats"));
        assertThat(stored).isEmpty();
    }

    private static Map<String, String> row(
            String school, String stage, String classes, String cap, String seats, String reserved) {
        var r = new LinkedHashMap<String, String>();
        r.put("schoolCode", school);
        r.put("enrollmentYear", "2027");
        r.put("stage", stage);
        r.put("classes", classes);
        r.put("classSizeCap", cap);
        r.put("seats", seats);
        r.put("reservedSeats", reserved);
        return r;
    }
}
