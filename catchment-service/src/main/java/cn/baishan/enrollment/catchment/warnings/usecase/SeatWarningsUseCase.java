package cn.baishan.enrollment.catchment.warnings.usecase;

import cn.baishan.enrollment.catchment.imports.ImportRejectedException;
import cn.baishan.enrollment.catchment.imports.RowProblem;
import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.schools.usecase.port.SchoolRepository;
import cn.baishan.enrollment.catchment.warnings.domain.CensusRows;
import cn.baishan.enrollment.catchment.warnings.domain.DemandForecast;
import cn.baishan.enrollment.catchment.warnings.domain.SeatAssessment;
import cn.baishan.enrollment.catchment.warnings.domain.SeatWarning;
import cn.baishan.enrollment.catchment.warnings.domain.WarningLevel;
import cn.baishan.enrollment.catchment.warnings.usecase.port.CensusRepository;
import cn.baishan.enrollment.catchment.warnings.usecase.port.SeatWarningEvents;
import cn.baishan.enrollment.catchment.warnings.usecase.port.SeatWarningRepository;
import cn.baishan.enrollment.catchment.zones.domain.AddressMatch;
import cn.baishan.enrollment.catchment.zones.domain.PlanStatus;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import cn.baishan.enrollment.catchment.zones.usecase.ZoneDirectoryHolder;
import cn.baishan.enrollment.catchment.zones.usecase.port.ZonePlanRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The census, the seat forecast and the warnings built on it (定期摸底、适时预警、提前公告、动态管理).
 * District staff act within their district; anyone may read warnings.
 */
@Service
@Transactional
public class SeatWarningsUseCase {

    private final CensusRepository census;
    private final SeatWarningRepository warnings;
    private final SeatWarningEvents events;
    private final ZonePlanRepository plans;
    private final SchoolRepository schools;
    private final ZoneDirectoryHolder directory;
    private final WarningSettings settings;
    private final Clock clock;

    SeatWarningsUseCase(
            CensusRepository census,
            SeatWarningRepository warnings,
            SeatWarningEvents events,
            ZonePlanRepository plans,
            SchoolRepository schools,
            ZoneDirectoryHolder directory,
            WarningSettings settings,
            Clock clock) {
        this.census = census;
        this.warnings = warnings;
        this.events = events;
        this.plans = plans;
        this.schools = schools;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /** All or nothing; zones must exist in a plan of a district the importer may change. */
    public int importCensus(List<Map<String, String>> rows, Set<String> allowedDistricts) {
        Map<String, Zone> known = knownZones(allowedDistricts);
        CensusRows.Result result = CensusRows.parse(rows, known);
        if (!result.problems().isEmpty()) {
            throw new ImportRejectedException(result.problems());
        }
        census.saveAll(result.entries());
        return result.entries().size();
    }

    /**
     * Demand against seats for every school of the district's newest published plan for the stage
     * (the plan families will apply under), using the census of the year.
     */
    @Transactional(readOnly = true)
    public List<SeatAssessment> assess(String districtCode, Stage stage, int year) {
        Optional<ZonePlan> plan = plans.history(districtCode, stage).stream()
                .filter(p -> p.status() == PlanStatus.PUBLISHED)
                .max(Comparator.comparing(ZonePlan::effectiveFrom));
        if (plan.isEmpty()) {
            return List.of();
        }
        Map<String, School> byCode =
                schools.inDistrict(districtCode).stream().collect(Collectors.toMap(School::code, Function.identity()));
        return DemandForecast.assess(
                plan.get().zones(),
                byCode,
                census.childrenByZone(districtCode, stage, year),
                census.applicationsByZone(districtCode, stage, year),
                stage,
                year,
                settings.thresholds(districtCode));
    }

    public SeatWarning issue(
            String schoolCode,
            int year,
            Stage stage,
            WarningLevel level,
            LocalDate startDate,
            String announcement,
            Set<String> allowedDistricts) {
        School school = schools.find(schoolCode)
                .filter(s -> allowedDistricts.isEmpty() || allowedDistricts.contains(s.districtCode()))
                .orElseThrow(() -> new ImportRejectedException(
                        List.of(new RowProblem(0, "schoolCode", "known-school", "学校不存在或不属于本区县"))));
        SeatWarning warning = SeatWarning.issue(
                UUID.randomUUID(),
                school.code(),
                school.districtCode(),
                stage,
                year,
                level,
                startDate,
                announcement,
                clock.instant());
        warnings.save(warning);
        events.issued(warning);
        return warning;
    }

    public SeatWarning lift(UUID warningId, LocalDate on, String announcement, Set<String> allowedDistricts) {
        SeatWarning warning = warnings.load(warningId)
                .filter(w -> allowedDistricts.isEmpty() || allowedDistricts.contains(w.districtCode()))
                .orElseThrow(WarningNotFoundException::new);
        warning.lift(on, announcement);
        warnings.save(warning);
        events.lifted(warning);
        return warning;
    }

    /**
     * Counts a submitted application in the zone of its declared hukou address (today's zoning), for the
     * forecast; an address no zone covers is not counted. Returns whether it was counted now.
     */
    public boolean countApplication(String applicationId, String address, Stage stage, int year) {
        var match =
                directory.current().directory().match(address, stage, LocalDate.now(clock.withZone(ZonePlan.CHINA)));
        if (match.outcome() != AddressMatch.Outcome.MATCHED) {
            return false;
        }
        return match.candidates().stream()
                .findFirst()
                .map(l -> census.countApplication(
                        applicationId, l.zone().code(), l.zone().districtCode(), stage, year))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public List<SeatWarning> list(String districtCode) {
        return warnings.list(districtCode);
    }

    private Map<String, Zone> knownZones(Set<String> allowedDistricts) {
        return plans.published().stream()
                .filter(p -> allowedDistricts.isEmpty() || allowedDistricts.contains(p.districtCode()))
                .flatMap(p -> p.zones().stream())
                .collect(Collectors.toMap(Zone::code, Function.identity(), (a, b) -> a));
    }

    /** No such warning in the caller's districts. */
    public static class WarningNotFoundException extends RuntimeException {}
}
