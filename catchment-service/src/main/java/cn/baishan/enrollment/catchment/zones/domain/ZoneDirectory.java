package cn.baishan.enrollment.catchment.zones.domain;

import cn.baishan.enrollment.catchment.schools.domain.GeoPoint;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.spatial.IndexedZone;
import cn.baishan.enrollment.catchment.zones.domain.spatial.ZoneIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every published plan with its spatial index, in memory: answers "which zone" for a point or an
 * address on a given date without touching the database. Immutable; a new directory is built when a
 * plan is published and swapped in whole.
 */
public final class ZoneDirectory {

    private final List<Entry> entries;

    private record Entry(ZonePlan plan, ZoneIndex index, List<Zone> zonesWithArea) {}

    private ZoneDirectory(List<Entry> entries) {
        this.entries = entries;
    }

    public static ZoneDirectory of(List<ZonePlan> plans) {
        List<Entry> entries = new ArrayList<>();
        for (ZonePlan plan : plans) {
            if (plan.status() != PlanStatus.PUBLISHED) {
                continue;
            }
            List<Zone> withArea =
                    plan.zones().stream().filter(z -> z.area() != null).toList();
            ZoneIndex index = ZoneIndex.build(withArea.stream()
                    .map(z -> new IndexedZone(z.code(), z.area()))
                    .toList());
            entries.add(new Entry(plan, index, withArea));
        }
        return new ZoneDirectory(List.copyOf(entries));
    }

    public static ZoneDirectory empty() {
        return new ZoneDirectory(List.of());
    }

    /** The plans in force on {@code date} for the stage: per district, the latest effective one. */
    public List<ZonePlan> inForce(Stage stage, LocalDate date) {
        return inForceEntries(stage, date).stream().map(Entry::plan).toList();
    }

    private List<Entry> inForceEntries(Stage stage, LocalDate date) {
        Map<String, Entry> latest = new LinkedHashMap<>();
        entries.stream()
                .filter(e -> e.plan().stage() == stage && e.plan().inForceOn(date))
                .sorted(Comparator.comparing((Entry e) -> e.plan().effectiveFrom())
                        .thenComparing(e -> e.plan().version()))
                .forEach(e -> latest.put(e.plan().districtCode(), e));
        return List.copyOf(latest.values());
    }

    /** The zones in force on a date, of either stage, that name the school. */
    public List<Zone> zonesServing(String schoolCode, LocalDate date) {
        List<Zone> zones = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (Entry e : inForceEntries(stage, date)) {
                e.plan().zones().stream()
                        .filter(z -> z.schoolCodes().contains(schoolCode))
                        .forEach(zones::add);
            }
        }
        return zones;
    }

    /** The zone covering a point on a date, if any. */
    public Optional<Located> locate(double lon, double lat, Stage stage, LocalDate date) {
        for (Entry e : inForceEntries(stage, date)) {
            int found = e.index().lookup(lon, lat);
            if (found >= 0) {
                return Optional.of(new Located(e.zonesWithArea().get(found), e.plan()));
            }
        }
        return Optional.empty();
    }

    /** The zone an address belongs to by the address rules in force on the date, explained. */
    public AddressMatch match(String address, Stage stage, LocalDate date) {
        ParsedAddress parsed = Addresses.parse(address);
        if (parsed.compound() == null && parsed.road() == null) {
            return new AddressMatch(AddressMatch.Outcome.UNMATCHED, List.of(), parsed, "地址中未识别出小区名称或“道路+门牌号”，请补充完整地址");
        }
        List<Located> hits = new ArrayList<>();
        GeoPoint location = null;
        for (Entry e : inForceEntries(stage, date)) {
            for (Zone zone : e.plan().zones()) {
                List<AddressRule> matching = zone.rules().stream()
                        .filter(rule -> rule.matches(parsed))
                        .toList();
                if (!matching.isEmpty()) {
                    hits.add(new Located(zone, e.plan()));
                    // Several rules of one zone may cover the address (a compound on a listed road): the
                    // first, in the plan's order, that carries a position gives it.
                    location = matching.stream()
                            .map(AddressRule::location)
                            .filter(p -> p != null)
                            .findFirst()
                            .orElse(null);
                }
            }
        }
        if (hits.isEmpty()) {
            return new AddressMatch(
                    AddressMatch.Outcome.UNMATCHED, List.of(), parsed, "现行片区规则中没有与该地址对应的小区或路段，请联系所在区县教育局核实");
        }
        if (hits.size() > 1) {
            return new AddressMatch(
                    AddressMatch.Outcome.AMBIGUOUS, hits, parsed, "该地址可能属于多个片区，请补充街道、社区或门牌号，或联系区县教育局确认");
        }
        return new AddressMatch(AddressMatch.Outcome.MATCHED, hits, parsed, "按片区地址规则匹配", location);
    }
}
