package cn.baishan.enrollment.catchment.demo;

import cn.baishan.enrollment.catchment.guides.domain.Milestone;
import cn.baishan.enrollment.catchment.guides.usecase.EnrollmentGuidesUseCase;
import cn.baishan.enrollment.catchment.pairs.usecase.PromotionPairsUseCase;
import cn.baishan.enrollment.catchment.schools.domain.BaishanDistricts;
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
 * census, the direct-promotion pairs and a 2027 enrollment guide per district. Local stack only: switched on by {@code baishan.catchment.demo-data} (env
 * BAISHAN_CATCHMENT_DEMO_DATA, set by deploy/local) and skipped when any school exists.
 */
@Component
@ConditionalOnProperty("baishan.catchment.demo-data")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Actor LOADER = new Actor("demo-data-loader", Set.of());

    /** Plain-language conditions along the lines of the 2024 plan (demo text). */
    static final String DEMO_CONDITIONS = "适龄儿童少年免试就近入学。片区内户籍、房产一致的优先；随迁子女以居住证为主要依据；"
            + "烈士子女、现役军人子女等优抚对象按国家和省有关规定落实优待。报名材料非必要不提供，"
            + "信息一次采集、多次复用。学位预警期间购房落户的，由区县教育局统筹安排入学。";

    static final List<Milestone> DEMO_TIMELINE = List.of(
            new Milestone(LocalDate.of(2027, 6, 15), "发布招生公告和片区划分"),
            new Milestone(LocalDate.of(2027, 7, 1), "网上报名开始（线下采集网点同步受理）"),
            new Milestone(LocalDate.of(2027, 7, 15), "报名截止，部门数据自动比对"),
            new Milestone(LocalDate.of(2027, 7, 25), "一次性告知补充材料截止"),
            new Milestone(LocalDate.of(2027, 8, 5), "公开摇号（预先公布种子承诺）"),
            new Milestone(LocalDate.of(2027, 8, 15), "公布录取结果，申诉期开始"),
            new Milestone(LocalDate.of(2027, 8, 31), "新生报到、阳光分班"));

    private final Path dir;
    private final ImportSchoolsUseCase schools;
    private final ViewSchoolsQuery viewSchools;
    private final ImportZonePlanUseCase importPlan;
    private final ManageZonePlanUseCase manage;
    private final SeatWarningsUseCase census;
    private final EnrollmentGuidesUseCase guides;
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
            EnrollmentGuidesUseCase guides,
            PromotionPairsUseCase pairs,
            JsonMapper json,
            Clock clock) {
        this.dir = dir;
        this.schools = schools;
        this.viewSchools = viewSchools;
        this.importPlan = importPlan;
        this.manage = manage;
        this.census = census;
        this.guides = guides;
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
        for (String district : BaishanDistricts.NAMES.keySet()) {
            guides.publish(district, 2027, DEMO_CONDITIONS, DEMO_TIMELINE, "0439-3223190", LOADER.username(), Set.of());
        }
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
