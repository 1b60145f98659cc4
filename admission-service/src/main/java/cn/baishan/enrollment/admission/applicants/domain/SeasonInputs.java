package cn.baishan.enrollment.admission.applicants.domain;

import cn.baishan.enrollment.allocation.district.DistrictInput;
import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.Disability;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a season's masked allocation input from what admission knows when the list closes: the tier
 * order the district published, the season's schools with their plans, the zones in force, the
 * direct-promotion pairs, and the applications. Only verified applications enter; the others are listed
 * with the reason. Everything a child's placement depends on is resolved here, so the engine sees only
 * school codes of this season:
 *
 * <ul>
 *   <li>{@code tierRank}: the 1-based position of the verified category in the published order, to which
 *       {@code OUTSIDE_ZONES} (片区外) is appended when the district did not list it;
 *   <li>{@code zoneCode}: the verified zone when it is a zone of the season, else none;
 *   <li>{@code preferences}, {@code siblingSchoolCode}: kept only where they name a season school;
 *   <li>{@code promotionSchoolCode} (junior): the junior school paired with the declared primary school;
 *   <li>{@code nearbySchools}: every season school by distance from the verified home (empty without one).
 * </ul>
 */
public final class SeasonInputs {

    public static final String OUTSIDE_ZONES = "OUTSIDE_ZONES";
    public static final String OUTSIDE_ZONES_NAME = "片区外";

    private SeasonInputs() {}

    /** One tier as the district published it. */
    public record Tier(int rank, String category, String name) {}

    /** A school of the season: where it stands and its plan's seats. */
    public record SeasonSchool(String code, double lon, double lat, int seats, int reservedSeats) {}

    /** A zone of the district in force, as catchment publishes it ({@code SINGLE} / {@code MULTI}). */
    public record SeasonZone(String zoneCode, String type, List<String> schoolCodes) {}

    /** An application left out, and why (Chinese). */
    public record Exclusion(String publicId, String status, String reason) {}

    /**
     * @param entrants the applications behind {@code input.children()}, same order
     * @param tierNames the name of each tier of {@code input.tiers()}
     */
    public record Built(
            DistrictInput input, List<ApplicantFile> entrants, List<Exclusion> excluded, List<String> tierNames) {}

    /**
     * @param stage {@code PRIMARY} or {@code JUNIOR}
     * @param promotionPairs primary school code → paired junior school code
     * @throws IllegalStateException when two applications of the season share a public id (the lottery
     *     would not tell them apart): never silently
     */
    public static Built build(
            String districtCode,
            int enrollmentYear,
            String stage,
            List<Tier> publishedTiers,
            List<SeasonSchool> schools,
            List<SeasonZone> zones,
            Map<String, String> promotionPairs,
            List<ApplicantFile> applications) {
        List<Tier> ordered = publishedTiers.stream()
                .sorted(Comparator.comparingInt(Tier::rank))
                .collect(Collectors.toCollection(ArrayList::new));
        if (ordered.stream().noneMatch(t -> t.category().equals(OUTSIDE_ZONES))) {
            ordered.add(new Tier(ordered.size() + 1, OUTSIDE_ZONES, OUTSIDE_ZONES_NAME));
        }
        List<String> tiers = ordered.stream().map(Tier::category).toList();
        List<String> tierNames = ordered.stream().map(Tier::name).toList();

        List<SeasonSchool> bySchoolCode = schools.stream()
                .sorted(Comparator.comparing(SeasonSchool::code))
                .toList();
        Set<String> seasonSchools =
                bySchoolCode.stream().map(SeasonSchool::code).collect(Collectors.toSet());
        List<Distances.Point> points = bySchoolCode.stream()
                .map(s -> new Distances.Point(s.code(), s.lon(), s.lat()))
                .toList();

        // a zone keeps only schools that have seats this season; a zone left with none is no zone
        List<Zone> seasonZones = new ArrayList<>();
        for (SeasonZone z : zones.stream()
                .sorted(Comparator.comparing(SeasonZone::zoneCode))
                .toList()) {
            List<String> kept = z.schoolCodes().stream()
                    .filter(seasonSchools::contains)
                    .distinct()
                    .toList();
            if (!kept.isEmpty()) {
                seasonZones.add(
                        new Zone(z.zoneCode(), "MULTI".equals(z.type()) ? ZoneType.MULTI : ZoneType.SINGLE, kept));
            }
        }
        Set<String> zoneCodes = seasonZones.stream().map(Zone::zoneCode).collect(Collectors.toSet());

        List<ApplicantFile> sorted = applications.stream()
                .sorted(Comparator.comparing(ApplicantFile::publicId))
                .toList();
        Map<String, ApplicantFile> seen = new HashMap<>();
        List<Child> children = new ArrayList<>();
        List<ApplicantFile> entrants = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (ApplicantFile a : sorted) {
            ApplicantFile other = seen.putIfAbsent(a.publicId(), a);
            if (other != null) {
                throw new IllegalStateException("public id " + a.publicId() + " shared by applications "
                        + other.applicationId() + " and " + a.applicationId());
            }
            if (a.status() != ApplicantStatus.VERIFIED || a.verdict() == null) {
                excluded.add(new Exclusion(a.publicId(), a.status().name(), reason(a.status())));
                continue;
            }
            int tier = tiers.indexOf(a.verdict().category());
            if (tier < 0) {
                excluded.add(new Exclusion(
                        a.publicId(), a.status().name(), "核验类别 " + a.verdict().category() + " 不在本区县公布的入学顺位中，请核对顺位规则"));
                continue;
            }
            children.add(child(a, tier + 1, zoneCodes, seasonSchools, promotionPairs, points));
            entrants.add(a);
        }
        DistrictInput input = new DistrictInput(
                districtCode,
                stage,
                enrollmentYear,
                tiers,
                bySchoolCode.stream()
                        .map(s -> new SchoolSeats(s.code(), s.seats(), s.reservedSeats()))
                        .toList(),
                seasonZones,
                children);
        return new Built(input, entrants, excluded, tierNames);
    }

    private static Child child(
            ApplicantFile a,
            int tierRank,
            Set<String> zoneCodes,
            Set<String> seasonSchools,
            Map<String, String> pairs,
            List<Distances.Point> points) {
        Verdict v = a.verdict();
        Claims c = a.claims();
        String zone = v.zoneCode() != null && zoneCodes.contains(v.zoneCode()) ? v.zoneCode() : null;
        List<String> preferences = new ArrayList<>(new LinkedHashSet<>(
                c.preferences().stream().filter(seasonSchools::contains).toList()));
        String sibling = seasonSchools.contains(c.siblingSchoolCode()) ? c.siblingSchoolCode() : null;
        String promotion = null;
        if ("JUNIOR".equals(a.stage()) && c.promotionPrimarySchoolCode() != null) {
            String paired = pairs.get(c.promotionPrimarySchoolCode());
            promotion = paired != null && seasonSchools.contains(paired) ? paired : null;
        }
        return new Child(
                a.publicId(),
                tierRank,
                zone,
                preferences,
                v.warningPeriodArrival(),
                sibling,
                promotion,
                disability(a.placement(), seasonSchools),
                Distances.nearestFirst(v.home(), points));
    }

    private static Disability disability(DisabilityPlacement p, Set<String> seasonSchools) {
        if (p == null) {
            return null;
        }
        return switch (p.placement()) {
            // the committee's school binds only if it is a school of this season; else the nearest zone school
            case REGULAR_CLASS ->
                new Disability(
                        DistrictInput.DisabilityPlacement.REGULAR_CLASS,
                        seasonSchools.contains(p.schoolCode()) ? p.schoolCode() : null);
            case SPECIAL_SCHOOL -> new Disability(DistrictInput.DisabilityPlacement.SPECIAL_SCHOOL, p.schoolCode());
            case HOME_TEACHING -> new Disability(DistrictInput.DisabilityPlacement.HOME_TEACHING, null);
        };
    }

    private static String reason(ApplicantStatus status) {
        return switch (status) {
            case PENDING -> "尚未完成资格核验（或正在重新核验），不参加本次分配";
            case NEEDS_SUPPLEMENT -> "待补充材料，资格核验未通过，不参加本次分配";
            case VERIFIED -> "核验结论缺失";
        };
    }
}
