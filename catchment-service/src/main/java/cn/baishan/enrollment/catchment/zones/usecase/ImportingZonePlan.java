package cn.baishan.enrollment.catchment.zones.usecase;

import cn.baishan.enrollment.catchment.imports.ImportRejectedException;
import cn.baishan.enrollment.catchment.imports.RowProblem;
import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.usecase.port.SchoolRepository;
import cn.baishan.enrollment.catchment.zones.domain.AddressRuleRows;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import cn.baishan.enrollment.catchment.zones.domain.ZoneChecks;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import cn.baishan.enrollment.catchment.zones.usecase.port.ZonePlanRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ImportingZonePlan implements ImportZonePlanUseCase {

    private final ZonePlanRepository plans;
    private final SchoolRepository schools;
    private final Clock clock;

    ImportingZonePlan(ZonePlanRepository plans, SchoolRepository schools, Clock clock) {
        this.plans = plans;
        this.schools = schools;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ZonePlan importPlan(ImportZonePlanCommand command) {
        List<RowProblem> problems = new ArrayList<>();
        if (!command.allowedDistricts().isEmpty() && !command.allowedDistricts().contains(command.districtCode())) {
            problems.add(new RowProblem(0, "districtCode", "own-district", "只能导入本区县的片区"));
            throw new ImportRejectedException(problems);
        }
        List<Zone> zones = command.zones();
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            if (!command.districtCode().equals(z.districtCode()) || command.stage() != z.stage()) {
                problems.add(new RowProblem(
                        0, "features[" + (i + 1) + "].districtCode", "same-plan", "片区的区县或学段与本次导入的方案不一致"));
            }
        }
        AddressRuleRows.Result rules = AddressRuleRows.parse(
                command.ruleRows(), zones.stream().map(Zone::code).collect(Collectors.toSet()));
        problems.addAll(rules.problems());
        List<Zone> withRules = zones.stream()
                .map(z -> z.withRules(rules.byZone().getOrDefault(z.code(), List.of())))
                .toList();
        problems.addAll(ZoneChecks.check(withRules));
        problems.addAll(checkSchools(withRules, command));
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        ZonePlan plan = ZonePlan.draft(
                UUID.randomUUID(),
                command.districtCode(),
                command.stage(),
                plans.nextVersion(command.districtCode(), command.stage()),
                withRules,
                command.by(),
                clock.instant());
        plans.insert(plan);
        return plan;
    }

    private List<RowProblem> checkSchools(List<Zone> zones, ImportZonePlanCommand command) {
        Set<String> codes =
                zones.stream().flatMap(z -> z.schoolCodes().stream()).collect(Collectors.toSet());
        Map<String, School> known =
                schools.findAll(codes).stream().collect(Collectors.toMap(School::code, Function.identity()));
        Map<String, String> zoneOfSchool = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            String at = "features[" + (i + 1) + "].schoolCodes";
            for (String code : zones.get(i).schoolCodes()) {
                School school = known.get(code);
                if (school == null) {
                    problems.add(new RowProblem(0, at, "known-school", "学校 " + code + " 不存在，请先导入学校"));
                } else if (!school.isPublic()) {
                    problems.add(new RowProblem(0, at, "public-school", "民办学校 " + code + " 不划片"));
                } else if (!school.districtCode().equals(command.districtCode())) {
                    problems.add(new RowProblem(0, at, "same-district", "学校 " + code + " 不属于本区县"));
                } else if (!school.enrolls(command.stage())) {
                    problems.add(new RowProblem(0, at, "stage", "学校 " + code + " 不招收该学段"));
                } else {
                    String earlier = zoneOfSchool.putIfAbsent(code, zones.get(i).code());
                    if (earlier != null) {
                        problems.add(new RowProblem(
                                0, at, "one-zone-per-school", "学校 " + code + " 同时出现在片区 " + earlier + " 中"));
                    }
                }
            }
        }
        return problems;
    }
}
