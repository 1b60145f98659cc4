package cn.baishan.enrollment.catchment.zones.adapter.in.web;

import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.web.GeoJson;
import cn.baishan.enrollment.catchment.zones.domain.AddressMatch;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import cn.baishan.enrollment.catchment.zones.usecase.LookupZonesQuery;
import cn.baishan.enrollment.catchment.zones.usecase.LookupZonesQuery.Answer;
import cn.baishan.enrollment.catchment.zones.usecase.ZoneDirectoryHolder;
import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public, no login: which zone and school(s) an address or a position belongs to, and the zones in
 * force (map and address list). Answered from the in-memory directory; {@code date} (default today,
 * Beijing) selects the plan version in force on that day.
 */
@RestController
class PublicZoneController {

    private final LookupZonesQuery lookup;
    private final ZoneDirectoryHolder holder;
    private final Clock clock;

    PublicZoneController(LookupZonesQuery lookup, ZoneDirectoryHolder holder, Clock clock) {
        this.lookup = lookup;
        this.holder = holder;
        this.clock = clock;
    }

    @GetMapping("/api/public/zones/lookup")
    LookupView lookup(
            @RequestParam(required = false) String address,
            @RequestParam(required = false) Double lon,
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        boolean byAddress = address != null && !address.isBlank();
        boolean byPoint = lon != null && lat != null;
        if (byAddress == byPoint) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "查询条件有误",
                    "请提供地址（address），或经纬度（lon 和 lat），二者选一。",
                    List.of(new FieldViolation("address", "address-or-coordinates", "地址或经纬度二选一")));
        }
        LocalDate on = date != null ? date : LocalDate.now(clock.withZone(ZonePlan.CHINA));
        List<Stage> stages = stage != null ? List.of(stage) : List.of(Stage.values());
        List<StageResult> results = new ArrayList<>();
        for (Stage s : stages) {
            if (byPoint) {
                Location point = new Location(lon, lat);
                results.add(lookup.byPoint(lon, lat, s, on)
                        .map(a -> StageResult.matched(s, a, "按片区范围（地图）匹配", point))
                        .orElseGet(() -> StageResult.none(s, "UNMATCHED", "该位置不在任何现行招生片区内", point)));
            } else {
                var answer = lookup.byAddress(address, s, on);
                AddressMatch match = answer.match();
                results.add(new StageResult(
                        s.name(),
                        match.outcome().name(),
                        match.explanation(),
                        answer.candidates().stream().map(ZoneHit::of).toList(),
                        match.location() == null
                                ? null
                                : new Location(
                                        match.location().lon(), match.location().lat())));
            }
        }
        return new LookupView(address, lon, lat, on, results);
    }

    @GetMapping("/api/public/zones")
    Map<String, Object> zonesInForce(
            @RequestParam(required = false) String districtCode,
            @RequestParam Stage stage,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate on = date != null ? date : LocalDate.now(clock.withZone(ZonePlan.CHINA));
        List<Zone> zones = holder.current().directory().inForce(stage, on).stream()
                .filter(p -> districtCode == null || p.districtCode().equals(districtCode))
                .flatMap(p -> p.zones().stream())
                .toList();
        return GeoJson.featureCollection(zones);
    }

    /**
     * A school's public page data: the zone(s) in force that it serves, each as a GeoJSON feature with
     * its address list (compounds and road stretches), on a date (default today).
     */
    @GetMapping("/api/public/schools/{code}/zones")
    Map<String, Object> zonesOfSchool(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate on = date != null ? date : LocalDate.now(clock.withZone(ZonePlan.CHINA));
        return GeoJson.featureCollection(holder.current().directory().zonesServing(code, on));
    }

    /**
     * Compounds built since a year and the school(s) they are mapped to (新建小区对口学校): the district
     * checks here that no new compound is left without a school.
     */
    @GetMapping("/api/public/zones/new-compounds")
    List<NewCompound> newCompounds(
            @RequestParam int builtSince,
            @RequestParam(required = false) String districtCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate on = date != null ? date : LocalDate.now(clock.withZone(ZonePlan.CHINA));
        var snapshot = holder.current();
        List<NewCompound> out = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (ZonePlan plan : snapshot.directory().inForce(stage, on)) {
                if (districtCode != null && !plan.districtCode().equals(districtCode)) {
                    continue;
                }
                for (Zone zone : plan.zones()) {
                    zone.rules().stream()
                            .filter(r -> r.isCompound() && r.builtYear() != null && r.builtYear() >= builtSince)
                            .forEach(r -> out.add(new NewCompound(
                                    r.compound(),
                                    r.builtYear(),
                                    stage.name(),
                                    zone.code(),
                                    zone.schoolCodes().stream()
                                            .map(c -> snapshot.schools().get(c))
                                            .filter(s -> s != null)
                                            .map(SchoolHit::of)
                                            .toList())));
                }
            }
        }
        return out;
    }

    record NewCompound(String compound, int builtYear, String stage, String zoneCode, List<SchoolHit> schools) {}

    record LookupView(String address, Double lon, Double lat, LocalDate date, List<StageResult> results) {}

    /**
     * One stage's answer. {@code location}: for a look-up by position, that position; for an address,
     * the position of the address rule it matched (null when not matched or the rule has none).
     */
    record StageResult(String stage, String outcome, String explanation, List<ZoneHit> zones, Location location) {

        static StageResult matched(Stage stage, Answer answer, String explanation, Location location) {
            return new StageResult(stage.name(), "MATCHED", explanation, List.of(ZoneHit.of(answer)), location);
        }

        static StageResult none(Stage stage, String outcome, String explanation, Location location) {
            return new StageResult(stage.name(), outcome, explanation, List.of(), location);
        }
    }

    /** WGS84 position. */
    record Location(double lon, double lat) {}

    record ZoneHit(
            String zoneCode,
            String name,
            String districtCode,
            String type,
            int planVersion,
            LocalDate effectiveFrom,
            List<SchoolHit> schools) {

        static ZoneHit of(Answer a) {
            Zone z = a.located().zone();
            ZonePlan p = a.located().plan();
            return new ZoneHit(
                    z.code(),
                    z.name(),
                    z.districtCode(),
                    z.type().name(),
                    p.version(),
                    p.effectiveFrom(),
                    a.schools().stream().map(SchoolHit::of).toList());
        }
    }

    record SchoolHit(String code, String name, String address, String hotline) {

        static SchoolHit of(School s) {
            return new SchoolHit(s.code(), s.name(), s.address(), s.hotline());
        }
    }
}
