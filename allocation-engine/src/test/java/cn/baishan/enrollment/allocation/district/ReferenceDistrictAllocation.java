package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.DisabilityPlacement;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import cn.baishan.enrollment.allocation.district.DistrictResult.Cutoff;
import cn.baishan.enrollment.allocation.district.DistrictResult.Outcome;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.engine.AllocationProblem;
import cn.baishan.enrollment.allocation.engine.Assignment;
import cn.baishan.enrollment.allocation.engine.ReferenceDeferredAcceptance;
import cn.baishan.enrollment.allocation.lottery.Digests;
import cn.baishan.enrollment.allocation.lottery.LotteryDraw;
import cn.baishan.enrollment.allocation.lottery.LotteryResult;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The district algorithm written the obvious way, with maps and lists and the engine's textbook
 * {@link ReferenceDeferredAcceptance} for the in-zone phase; the property test compares the real (array) allocation
 * against it. It shares no code with the main package except the input records and the lottery.
 */
final class ReferenceDistrictAllocation {

    record Outcomes(Map<String, String> placement, Set<Cutoff> cutoffs) {}

    private final DistrictInput input;
    private final List<String> codes = new ArrayList<>();
    private final Map<String, Integer> free = new HashMap<>();
    private final Map<String, Zone> zones = new HashMap<>();
    private final Map<String, String> placement = new HashMap<>(); // id -> "school/route/outcome"
    private final Map<String, Long> worst = new HashMap<>(); // school/phase -> worst admitted (tier, rank)
    private final Set<String> turnedAway = new HashSet<>(); // school/phase
    private final Map<String, Integer> rank = new HashMap<>();

    ReferenceDistrictAllocation(DistrictInput input) {
        this.input = input;
        for (SchoolSeats s : input.schools()) {
            codes.add(s.schoolCode());
            free.put(s.schoolCode(), s.seats() - s.reservedSeats());
        }
        codes.sort(Digests.BY_UTF8_BYTES);
        for (Zone z : input.zones()) {
            zones.put(z.zoneCode(), z);
        }
    }

    Outcomes run(Seed seed) {
        LotteryResult lottery = LotteryDraw.draw(
                seed, input.children().stream().map(Child::publicId).toList());
        for (Child c : input.children()) {
            rank.put(c.publicId(), lottery.rankOf(c.publicId()));
        }
        List<Child> priority = new ArrayList<>(input.children());
        priority.sort(Comparator.comparingInt(Child::tierRank).thenComparingInt(c -> rank.get(c.publicId())));

        for (Child c : priority) {
            if (c.disability() == null) {
                continue;
            }
            DisabilityPlacement p = c.disability().placement();
            if (p == DisabilityPlacement.SPECIAL_SCHOOL) {
                placement.put(c.publicId(), c.disability().schoolCode() + "/DISABILITY/SPECIAL_SCHOOL");
            } else if (p == DisabilityPlacement.HOME_TEACHING) {
                placement.put(c.publicId(), "-/DISABILITY/HOME_TEACHING");
            } else {
                LinkedHashSet<String> list = new LinkedHashSet<>();
                if (c.disability().schoolCode() != null
                        && free.containsKey(c.disability().schoolCode())) {
                    list.add(c.disability().schoolCode());
                }
                list.addAll(zoneByDistance(c));
                list.addAll(distanceOrder(c));
                firstWithSeat(c, list, Route.DISABILITY);
            }
        }
        for (Child c : priority) {
            if (!placement.containsKey(c.publicId())
                    && c.promotionSchoolCode() != null
                    && free.containsKey(c.promotionSchoolCode())) {
                firstWithSeat(c, List.of(c.promotionSchoolCode()), Route.DIRECT_PROMOTION);
            }
        }
        inZone();
        for (Child c : priority) {
            if (!placement.containsKey(c.publicId())
                    && c.siblingSchoolCode() != null
                    && free.containsKey(c.siblingSchoolCode())) {
                firstWithSeat(c, List.of(c.siblingSchoolCode()), Route.SIBLING);
            }
        }
        for (Child c : priority) {
            if (!placement.containsKey(c.publicId()) && !firstWithSeat(c, distanceOrder(c), Route.OVERFLOW)) {
                placement.put(c.publicId(), "-/OVERFLOW/UNPLACED");
            }
        }
        Set<Cutoff> cutoffs = new HashSet<>();
        for (String key : turnedAway) {
            Long w = worst.get(key);
            if (w != null) {
                String[] parts = key.split("/");
                cutoffs.add(
                        new Cutoff(parts[0], Route.valueOf(parts[1]), (int) (w / 1_000_000L), (int) (w % 1_000_000L)));
            }
        }
        return new Outcomes(placement, cutoffs);
    }

    private void inZone() {
        int outside = input.tiers().indexOf("OUTSIDE_ZONES") + 1;
        List<Child> eligible = new ArrayList<>();
        List<List<String>> lists = new ArrayList<>();
        for (Child c : input.children()) {
            if (placement.containsKey(c.publicId())
                    || c.zoneCode() == null
                    || !zones.containsKey(c.zoneCode())
                    || c.warningPeriodArrival()
                    || c.tierRank() == outside) {
                continue;
            }
            Zone z = zones.get(c.zoneCode());
            LinkedHashSet<String> list = new LinkedHashSet<>();
            if (z.type() == ZoneType.MULTI) {
                for (String p : c.preferences()) {
                    if (z.schoolCodes().contains(p)) {
                        list.add(p);
                    }
                }
            }
            list.addAll(zoneByDistance(c));
            eligible.add(c);
            lists.add(new ArrayList<>(list));
        }
        int[] capacity = new int[codes.size()];
        for (int s = 0; s < codes.size(); s++) {
            capacity[s] = free.get(codes.get(s));
        }
        long[] lottery = new long[eligible.size()];
        int[] prefStart = new int[eligible.size() + 1];
        List<Integer> schools = new ArrayList<>();
        List<Integer> tiers = new ArrayList<>();
        for (int a = 0; a < eligible.size(); a++) {
            lottery[a] = rank.get(eligible.get(a).publicId());
            for (String code : lists.get(a)) {
                schools.add(codes.indexOf(code));
                tiers.add(eligible.get(a).tierRank());
            }
            prefStart[a + 1] = schools.size();
        }
        AllocationProblem problem = new AllocationProblem(
                capacity,
                lottery,
                prefStart,
                schools.stream().mapToInt(Integer::intValue).toArray(),
                tiers.stream().mapToInt(Integer::intValue).toArray());
        Assignment assignment = new ReferenceDeferredAcceptance().run(problem);
        for (int a = 0; a < eligible.size(); a++) {
            Child c = eligible.get(a);
            int s = assignment.schoolOf()[a];
            String school = s == Assignment.UNASSIGNED ? null : codes.get(s);
            for (String listed : lists.get(a)) {
                if (listed.equals(school)) {
                    break;
                }
                turnedAway.add(listed + "/IN_ZONE");
            }
            if (school != null) {
                admit(c, school, Route.IN_ZONE);
            }
        }
    }

    private boolean firstWithSeat(Child c, Iterable<String> list, Route phase) {
        for (String school : list) {
            if (free.get(school) > 0) {
                admit(c, school, phase);
                return true;
            }
            turnedAway.add(school + "/" + phase);
        }
        return false;
    }

    private void admit(Child c, String school, Route phase) {
        free.merge(school, -1, Integer::sum);
        placement.put(c.publicId(), school + "/" + phase + "/" + Outcome.ADMITTED);
        worst.merge(school + "/" + phase, c.tierRank() * 1_000_000L + rank.get(c.publicId()), Math::max);
    }

    /** Known nearby schools first, then every other school by code. */
    private List<String> distanceOrder(Child c) {
        LinkedHashSet<String> order = new LinkedHashSet<>();
        for (String s : c.nearbySchools()) {
            if (free.containsKey(s)) {
                order.add(s);
            }
        }
        order.addAll(new TreeSet<>(Digests.BY_UTF8_BYTES) {
            {
                addAll(codes);
            }
        });
        return new ArrayList<>(order);
    }

    private List<String> zoneByDistance(Child c) {
        Zone z = c.zoneCode() == null ? null : zones.get(c.zoneCode());
        if (z == null) {
            return List.of();
        }
        return distanceOrder(c).stream().filter(z.schoolCodes()::contains).toList();
    }
}
