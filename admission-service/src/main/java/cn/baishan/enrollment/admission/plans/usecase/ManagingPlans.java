package cn.baishan.enrollment.admission.plans.usecase;

import cn.baishan.enrollment.admission.plans.domain.CatalogSchool;
import cn.baishan.enrollment.admission.plans.domain.CatalogZone;
import cn.baishan.enrollment.admission.plans.domain.DistrictScope;
import cn.baishan.enrollment.admission.plans.domain.Plan;
import cn.baishan.enrollment.admission.plans.domain.PlanKey;
import cn.baishan.enrollment.admission.plans.domain.PlanProblem;
import cn.baishan.enrollment.admission.plans.domain.PlanRows;
import cn.baishan.enrollment.admission.plans.domain.PlansRejectedException;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.port.AdmittedSeats;
import cn.baishan.enrollment.admission.plans.usecase.port.PlanRepository;
import cn.baishan.enrollment.admission.plans.usecase.port.SchoolCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ManagingPlans implements ManagePlansUseCase {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PlanRepository plans;
    private final SchoolCatalog catalog;
    private final AdmittedSeats admitted;
    private final Clock clock;

    ManagingPlans(PlanRepository plans, SchoolCatalog catalog, AdmittedSeats admitted, Clock clock) {
        this.plans = plans;
        this.catalog = catalog;
        this.admitted = admitted;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int importPlans(ImportPlansCommand command) {
        PlanRows.Result parsed = PlanRows.parse(command.rows());
        List<PlanProblem> problems = new ArrayList<>(parsed.problems());
        List<Plan> accepted = new ArrayList<>();
        if (!parsed.drafts().isEmpty()) {
            Checker checker = new Checker(command.editableDistricts());
            for (PlanRows.Draft draft : parsed.drafts()) {
                PlanProblem problem = checker.problemOf(
                        draft.key(), draft.figures().seats() - draft.figures().reservedSeats());
                if (problem != null) {
                    problems.add(problem.atRow(draft.row()));
                } else {
                    accepted.add(Plan.of(
                            draft.key(),
                            checker.school(draft.key()).districtCode(),
                            draft.figures(),
                            command.actor(),
                            clock.instant()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PlansRejectedException(problems);
        }
        plans.saveAll(accepted);
        return accepted.size();
    }

    @Override
    @Transactional
    public Plan edit(EditPlanCommand command) {
        PlanKey key = command.key();
        List<PlanProblem> problems = command.figures().problems(key.stage());
        if (!problems.isEmpty()) {
            throw new PlansRejectedException(problems);
        }
        var figures = command.figures().resolved(key.stage());
        Checker checker = new Checker(command.editableDistricts());
        CatalogSchool school = checker.school(key);
        if (school != null && school.takes(key.stage()) && !checker.inScope(school, key.stage())) {
            throw new OutOfScopeException(key.schoolCode());
        }
        int capacity = figures.seats() - figures.reservedSeats();
        PlanProblem problem = checker.problemOf(key, capacity);
        if (problem != null && problem.rule().equals("admitted-seats")) {
            throw new BelowAdmittedException(admitted.admitted(key), capacity);
        }
        if (problem != null) {
            throw new PlansRejectedException(List.of(problem));
        }
        Plan plan = Plan.of(key, school.districtCode(), figures, command.actor(), clock.instant());
        plans.saveAll(List.of(plan));
        return plan;
    }

    /** Checks plans against catchment's schools and zones, asking catchment once per request. */
    private final class Checker {

        private final Set<String> editable;
        private final Map<String, CatalogSchool> schools;
        private final Map<String, List<CatalogZone>> zones = new HashMap<>();
        private final LocalDate today = LocalDate.now(clock.withZone(CHINA));

        Checker(Set<String> editable) {
            this.editable = editable;
            this.schools =
                    catalog.schools().stream().collect(Collectors.toMap(CatalogSchool::code, Function.identity()));
        }

        CatalogSchool school(PlanKey key) {
            return schools.get(key.schoolCode());
        }

        boolean inScope(CatalogSchool school, Stage stage) {
            return editable.isEmpty()
                    || editable.stream()
                            .anyMatch(d -> DistrictScope.covers(
                                    d,
                                    school,
                                    zones.computeIfAbsent(d + "/" + stage, k -> catalog.zones(d, stage, today))));
        }

        /** The first rule a plan with this capacity breaks, or null. */
        PlanProblem problemOf(PlanKey key, int capacity) {
            CatalogSchool school = school(key);
            if (school == null) {
                return new PlanProblem(
                        0, "schoolCode", "school-unknown", "学校代码 " + key.schoolCode() + " 不在学校名录中，请先在学校名录中登记该校");
            }
            if (!school.takes(key.stage())) {
                return new PlanProblem(
                        0,
                        "stage",
                        "school-stage",
                        school.name() + "不招收" + (key.stage() == Stage.PRIMARY ? "小学" : "初中") + "学段");
            }
            if (!inScope(school, key.stage())) {
                return new PlanProblem(0, "schoolCode", "own-district", school.name() + "不属于本区县，也不在本区县的招生片区中");
            }
            int already = admitted.admitted(key);
            if (capacity < already) {
                return new PlanProblem(
                        0, "seats", "admitted-seats", "已公布的录取结果在该校录取了 " + already + " 人，可录取学位（学位数−预留）不能少于 " + already);
            }
            return null;
        }
    }
}
