package cn.baishan.enrollment.catchment.demo;

import cn.baishan.enrollment.catchment.pairs.usecase.PromotionPairsUseCase;
import cn.baishan.enrollment.catchment.schools.usecase.ImportSchoolsUseCase;
import cn.baishan.enrollment.catchment.schools.usecase.ViewSchoolsQuery;
import cn.baishan.enrollment.catchment.warnings.usecase.SeatWarningsUseCase;
import cn.baishan.enrollment.catchment.web.CsvSheet;
import cn.baishan.enrollment.catchment.web.GeoJson;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import cn.baishan.enrollment.catchment.zones.usecase.ImportZonePlanUseCase;
import cn.baishan.enrollment.catchment.zones.usecase.ImportZonePlanUseCase.ImportZonePlanCommand;
import cn.baishan.enrollment.catchment.zones.usecase.ManageZonePlanUseCase;
import cn.baishan.enrollment.catchment.zones.usecase.ManageZonePlanUseCase.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the Baishan demo dataset (deploy/demo-data/baishan) into an empty catchment database, through
 * the same use cases and validation as the staff's imports: schools, then one zoning plan per district
 * and stage taken through evaluation and approval and registered as in force since 1 January, then the
 * census and the direct-promotion pairs. Local stack only: switched on by {@code baishan.catchment.demo-data} (env
 * BAISHAN_CATCHMENT_DEMO_DATA, set by deploy/local) and skipped when any school exists.
 */
@Component
@ConditionalOnProperty("baishan.catchment.demo-data")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Actor LOADER = new Actor("demo-data-loader", Set.of());

    private final Path dir;
    private final ImportSchoolsUseCase schools;
    private final ViewSchoolsQuery viewSchools;
    private final ImportZonePlanUseCase importPlan;
    private final ManageZonePlanUseCase manage;
    private final SeatWarningsUseCase census;
    private final PromotionPairsUseCase pairs;
    private final JsonMapper json;
    private final Clock clock;

    DemoDataLoader(
            @Value("${baishan.catchment.demo-data}") Path dir,
            ImportSchoolsUseCase schools,
            ViewSchoolsQuery viewSchools,
            ImportZonePlanUseCase importPlan,
            ManageZonePlanUseCase manage,
            SeatWarningsUseCase census,
            PromotionPairsUseCase pairs,
            JsonMapper json,
            Clock clock) {
        this.dir = dir;
        this.schools = schools;
        this.viewSchools = viewSchools;
        this.importPlan = importPlan;
        this.manage = manage;
        this.census = census;
        this.pairs = pairs;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void load() {
        if (!viewSchools.inDistrict(null).isEmpty()) {
            log.info("demo data not loaded: catchment already has schools");
            return;
        }
        int schoolCount = schools.importSchools(CsvSheet.read(read("schools.csv")), Set.of());
        List<Zone> zones = GeoJson.readZones(json, read("zones.geojson"));
        List<Map<String, String>> rules = CsvSheet.read(read("address-rules.csv"));
        Map<String, List<Zone>> byPlan =
                new TreeMap<>(zones.stream().collect(Collectors.groupingBy(z -> z.districtCode() + "/" + z.stage())));
        LocalDate today = LocalDate.now(clock.withZone(ZonePlan.CHINA));
        for (var entry : byPlan.entrySet()) {
            List<Zone> planZones = entry.getValue();
            Set<String> codes = planZones.stream().map(Zone::code).collect(Collectors.toSet());
            ZonePlan plan = importPlan.importPlan(new ImportZonePlanCommand(
                    planZones.get(0).districtCode(),
                    planZones.get(0).stage(),
                    planZones,
                    rules.stream()
                            .filter(r -> codes.contains(r.get("zoneCode")))
                            .toList(),
                    LOADER.username(),
                    Set.of()));
            manage.evaluate(plan.id(), "演示数据：按学龄人口与学校规模划定（合成数据）", LOADER);
            manage.approve(plan.id(), LOADER);
            manage.recordInForce(plan.id(), today.withDayOfYear(1), "演示数据（合成），白山教基字〔演示〕1号", LOADER);
        }
        int censusRows = census.importCensus(CsvSheet.read(read("census.csv")), Set.of());
        int pairCount = pairs.importPairs(CsvSheet.read(read("pairs.csv")), Set.of());
        log.info(
                "demo data loaded from {}: {} schools, {} zone plans ({} zones), {} census rows, {} promotion pairs",
                dir,
                schoolCount,
                byPlan.size(),
                zones.size(),
                censusRows,
                pairCount);
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("demo data file missing: " + dir.resolve(file), e);
        }
    }
}
