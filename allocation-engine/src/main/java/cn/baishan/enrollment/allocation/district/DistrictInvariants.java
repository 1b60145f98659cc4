package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictResult.DistrictViolation;
import cn.baishan.enrollment.allocation.district.DistrictResult.Outcome;
import cn.baishan.enrollment.allocation.district.DistrictResult.Placement;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.district.DistrictResult.SchoolOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The district invariants, checked on a finished result against its input (README, "Invariants"). It does not
 * look at how the phases ran: from the input it rebuilds, for every child, the list of schools each phase offers
 * it (the published list rules of {@link Resolved}), and from the result's routes which phases the child went
 * through; then it checks seats, uniqueness, precedence and empty seats. Any violation blocks publication.
 *
 * <p>Rules: {@code OVER_CAPACITY} (more admitted than seats − reserved), {@code ASSIGNED_TWICE} (a child placed
 * twice), {@code UNPLACED_WITH_FREE_SEAT} (a child unplaced while a seat is free), {@code TIER_PRECEDENCE} (in a
 * phase, a school admitted a child of worse priority than one it turned away), {@code JUSTIFIED_ENVY} (the same in
 * the in-zone phase within one tier: a better lottery rank passed over), {@code WASTEFUL} (a school turned a child
 * away in a phase but still had a seat after it), {@code EMPTY_SEAT_UNEXPLAINED} (a school's empty seats are not
 * reserved or "no applicant left", or its counts do not add up), {@code UNKNOWN_SCHOOL} (a code not in the
 * allocation), {@code ROUTE_NOT_ALLOWED} (a placement a phase could not give: e.g. in-zone for a warning-period
 * arrival, or at a school not on the child's list for that phase), {@code MALFORMED} (placements and children do
 * not match one to one, lottery ranks not 1..n).
 */
public final class DistrictInvariants {

    /** Reports per rule beyond this many are summed up in one line, so a broken million-child run stays readable. */
    static final int MAX_PER_RULE = 100;

    private static final int PHASES = DistrictPhases.PHASES;
    private static final int DISABILITY = Route.DISABILITY.ordinal();
    private static final int PROMOTION = Route.DIRECT_PROMOTION.ordinal();
    private static final int IN_ZONE = Route.IN_ZONE.ordinal();
    private static final int SIBLING = Route.SIBLING.ordinal();
    private static final int OVERFLOW = Route.OVERFLOW.ordinal();
    private static final long NO_KEY = Long.MAX_VALUE;

    private DistrictInvariants() {}

    /** Checks a result against its input; includes the input's own problems (unknown school codes). */
    public static List<DistrictViolation> check(DistrictInput input, DistrictResult result) {
        Resolved r = Resolved.of(input);
        Collector out = new Collector();
        for (DistrictViolation v : r.problems) {
            out.add(v.rule(), v.subject(), v.detail());
        }
        check(r, result, out);
        return out.list();
    }

    static void check(Resolved r, DistrictResult result, Collector out) {
        new Run(r, result, out).check();
    }

    private static final class Run {
        private final Resolved r;
        private final DistrictResult result;
        private final Collector out;
        private final int n;
        private final int schools;
        private final int[] school;
        private final Outcome[] outcome;
        private final Route[] route;
        private final long[] key;
        private final boolean[] placed;
        private final int[] count;
        private final int[] countInPhase;
        private final long[] bestRejected;
        private final int[] bestRejectedChild;
        private final long[] rangeBest; // per phase: a child rejected by every school with index < e, at e - 1
        private final int[] rangeChild;
        private final long[] worstAdmitted;
        private final int[] worstAdmittedChild;
        private final int[] stamp;
        private int[] listBuffer = new int[16];

        Run(Resolved r, DistrictResult result, Collector out) {
            this.r = r;
            this.result = result;
            this.out = out;
            n = r.n;
            schools = r.schoolCount;
            school = new int[n];
            Arrays.fill(school, Resolved.NONE);
            outcome = new Outcome[n];
            route = new Route[n];
            key = new long[n];
            placed = new boolean[n];
            count = new int[schools];
            countInPhase = new int[PHASES * schools];
            bestRejected = new long[PHASES * schools];
            Arrays.fill(bestRejected, NO_KEY);
            bestRejectedChild = new int[PHASES * schools];
            rangeBest = new long[PHASES * schools];
            Arrays.fill(rangeBest, NO_KEY);
            rangeChild = new int[PHASES * schools];
            worstAdmitted = new long[PHASES * schools];
            Arrays.fill(worstAdmitted, -1);
            worstAdmittedChild = new int[PHASES * schools];
            stamp = new int[schools];
        }

        void check() {
            if (!readPlacements()) {
                return;
            }
            boolean anyUnplaced = false;
            for (int c = 0; c < n; c++) {
                anyUnplaced |= outcome[c] == Outcome.UNPLACED;
                phases(c);
            }
            capacity();
            precedence();
            if (anyUnplaced) {
                unplacedWithFreeSeat();
            }
            emptySeats(anyUnplaced);
        }

        /** Matches placements to children one to one; false when they do not match (nothing else is checked). */
        private boolean readPlacements() {
            List<Placement> placements = result.placements();
            int[] childAt = new int[placements.size()];
            boolean aligned = placements.size() == n;
            for (int i = 0; aligned && i < n; i++) {
                aligned = placements.get(i).publicId().equals(r.publicIds[r.byId[i]]);
                childAt[i] = r.byId[i];
            }
            boolean ok = true;
            if (!aligned) {
                Map<String, Integer> childOf = new HashMap<>(n * 2);
                for (int c = 0; c < n; c++) {
                    childOf.put(r.publicIds[c], c);
                }
                boolean[] seen = new boolean[n];
                for (int i = 0; i < placements.size(); i++) {
                    Integer c = childOf.get(placements.get(i).publicId());
                    if (c == null) {
                        out.add("MALFORMED", placements.get(i).publicId(), "placement of a child not in the input");
                        ok = false;
                        childAt[i] = Resolved.NONE;
                    } else if (seen[c]) {
                        out.add("ASSIGNED_TWICE", r.publicIds[c], "the child has more than one placement");
                        childAt[i] = Resolved.NONE;
                        ok = false;
                    } else {
                        seen[c] = true;
                        childAt[i] = c;
                    }
                }
                for (int c = 0; c < n; c++) {
                    if (!seen[c]) {
                        out.add("MALFORMED", r.publicIds[c], "the child has no placement");
                        ok = false;
                    }
                }
            }
            boolean[] rankSeen = new boolean[n + 1];
            for (int i = 0; i < placements.size(); i++) {
                int c = childAt[i];
                if (c == Resolved.NONE) {
                    continue;
                }
                Placement p = placements.get(i);
                if (p.lotteryRank() < 1 || p.lotteryRank() > n || rankSeen[p.lotteryRank()]) {
                    out.add(
                            "MALFORMED",
                            p.publicId(),
                            "lottery rank " + p.lotteryRank() + " is not one of 1.." + n + " given once");
                    ok = false;
                } else {
                    rankSeen[p.lotteryRank()] = true;
                }
                key[c] = Resolved.key(r.tier[c], p.lotteryRank());
                outcome[c] = p.outcome();
                route[c] = p.route();
                if (p.outcome() == null || p.route() == null) {
                    out.add("MALFORMED", p.publicId(), "a placement needs an outcome and a route");
                    ok = false;
                    continue;
                }
                switch (p.outcome()) {
                    case ADMITTED -> {
                        int s = p.schoolCode() == null ? Resolved.NONE : r.school(p.schoolCode());
                        if (s == Resolved.NONE) {
                            out.add(
                                    "UNKNOWN_SCHOOL",
                                    p.publicId(),
                                    "admitted to " + p.schoolCode() + ", which is not a school of this allocation");
                        } else {
                            school[c] = s;
                            placed[c] = true;
                            count[s]++;
                            countInPhase[p.route().ordinal() * schools + s]++;
                        }
                    }
                    case SPECIAL_SCHOOL, HOME_TEACHING -> {
                        byte expected = p.outcome() == Outcome.SPECIAL_SCHOOL ? Resolved.SPECIAL : Resolved.HOME;
                        if (r.disability[c] != expected || p.route() != Route.DISABILITY) {
                            out.add(
                                    "ROUTE_NOT_ALLOWED",
                                    p.publicId(),
                                    p.outcome() + " without the expert committee's decision for it");
                        }
                    }
                    case UNPLACED -> {
                        if (p.schoolCode() != null) {
                            out.add("MALFORMED", p.publicId(), "an unplaced child names a school");
                        }
                    }
                }
            }
            return ok;
        }

        /**
         * Walks child c through the phases up to its route: where it was eligible and not admitted, every school of
         * that phase's list turned it away; in its route's phase, the schools listed before its school did.
         */
        private void phases(int c) {
            if (outcome[c] != Outcome.ADMITTED && outcome[c] != Outcome.UNPLACED) {
                return;
            }
            if (outcome[c] == Outcome.ADMITTED && school[c] == Resolved.NONE) {
                return; // unknown school, reported already
            }
            int last = route[c].ordinal();
            if (outcome[c] == Outcome.UNPLACED && last != OVERFLOW) {
                out.add(
                        "ROUTE_NOT_ALLOWED",
                        r.publicIds[c],
                        "unplaced by " + route[c] + ", only the overall "
                                + "arrangement (OVERFLOW) may leave a child unplaced");
            }
            for (int phase = 0; phase <= last; phase++) {
                boolean admittedHere = phase == last && outcome[c] == Outcome.ADMITTED;
                int target = admittedHere ? school[c] : Resolved.NONE;
                if (!eligible(c, phase)) {
                    if (admittedHere) {
                        out.add(
                                "ROUTE_NOT_ALLOWED",
                                r.publicIds[c],
                                "admitted by " + route[c] + ", a phase that does not apply to the child");
                    }
                    continue;
                }
                boolean found = walk(c, phase, target);
                if (admittedHere) {
                    if (!found) {
                        out.add(
                                "ROUTE_NOT_ALLOWED",
                                r.publicIds[c],
                                "admitted by " + route[c] + " to " + r.schoolCodes[target]
                                        + ", which is not on the child's list for that phase");
                    } else {
                        int at = phase * schools + target;
                        if (key[c] > worstAdmitted[at]) {
                            worstAdmitted[at] = key[c];
                            worstAdmittedChild[at] = c;
                        }
                    }
                }
            }
        }

        private boolean eligible(int c, int phase) {
            if (phase == DISABILITY) {
                return r.disability[c] == Resolved.REGULAR;
            }
            if (phase == PROMOTION) {
                return r.promotion[c] != Resolved.NONE;
            }
            if (phase == IN_ZONE) {
                return r.inZoneEligible(c);
            }
            if (phase == SIBLING) {
                return r.sibling[c] != Resolved.NONE;
            }
            return true;
        }

        /** Marks the schools of c's list in this phase up to target (all of them when not found); true if found. */
        private boolean walk(int c, int phase, int target) {
            if (phase == PROMOTION) {
                return one(c, phase, r.promotion[c], target);
            }
            if (phase == SIBLING) {
                return one(c, phase, r.sibling[c], target);
            }
            if (phase == IN_ZONE) {
                int length = r.inZoneLength(c);
                if (listBuffer.length < length) {
                    listBuffer = new int[length];
                }
                int end = r.inZoneList(c, listBuffer, 0, stamp, c + 1);
                return explicit(c, phase, listBuffer, 0, end, target);
            }
            if (phase == DISABILITY) {
                int committee = r.committeeSchool[c];
                if (committee != Resolved.NONE && one(c, phase, committee, target)) {
                    return true;
                }
                int[] zone = r.zoneByDistance(c);
                if (explicit(c, phase, zone, 0, zone.length, target)) {
                    return true;
                }
            }
            for (int p = r.nearbyStart[c], to = r.nearbyStart[c + 1]; p < to; p++) {
                int s = r.nearbyAt(p);
                if (s == target) {
                    return true;
                }
                rejected(c, phase, s);
            }
            // The list ends with every school in code order: all schools before target (or all) turned c away.
            int end = target == Resolved.NONE ? schools : target;
            if (end > 0) {
                int at = phase * schools + end - 1;
                if (key[c] < rangeBest[at]) {
                    rangeBest[at] = key[c];
                    rangeChild[at] = c;
                }
            }
            return target != Resolved.NONE;
        }

        private boolean one(int c, int phase, int s, int target) {
            if (s == target) {
                return true;
            }
            rejected(c, phase, s);
            return false;
        }

        private boolean explicit(int c, int phase, int[] list, int from, int to, int target) {
            for (int p = from; p < to; p++) {
                if (list[p] == target) {
                    return true;
                }
                rejected(c, phase, list[p]);
            }
            return false;
        }

        private void rejected(int c, int phase, int s) {
            int at = phase * schools + s;
            if (key[c] < bestRejected[at]) {
                bestRejected[at] = key[c];
                bestRejectedChild[at] = c;
            }
        }

        private void capacity() {
            for (int s = 0; s < schools; s++) {
                if (count[s] > r.capacity[s]) {
                    out.add(
                            "OVER_CAPACITY",
                            r.schoolCodes[s],
                            "admitted " + count[s] + " for " + r.capacity[s] + " seats (" + r.seats[s] + " planned, "
                                    + r.reserved[s] + " reserved)");
                }
            }
        }

        private void precedence() {
            for (int phase = 0; phase < PHASES; phase++) {
                int base = phase * schools;
                // Fold the code-order ranges in: a child rejected by all schools below e is rejected by each of them.
                long best = NO_KEY;
                int bestChild = -1;
                int[] upTo = new int[schools];
                for (int s = 0; s < schools; s++) {
                    for (int p = 0; p <= phase; p++) {
                        upTo[s] += countInPhase[p * schools + s];
                    }
                }
                for (int s = schools - 1; s >= 0; s--) {
                    int at = base + s;
                    if (rangeBest[at] < best) {
                        best = rangeBest[at];
                        bestChild = rangeChild[at];
                    }
                    if (best < bestRejected[at]) {
                        bestRejected[at] = best;
                        bestRejectedChild[at] = bestChild;
                    }
                }
                for (int s = 0; s < schools; s++) {
                    int at = base + s;
                    if (bestRejected[at] == NO_KEY) {
                        continue;
                    }
                    int rejectedChild = bestRejectedChild[at];
                    if (worstAdmitted[at] >= 0 && bestRejected[at] < worstAdmitted[at]) {
                        int admittedChild = worstAdmittedChild[at];
                        boolean sameTier = r.tier[rejectedChild] == r.tier[admittedChild];
                        String rule = sameTier && phase == IN_ZONE ? "JUSTIFIED_ENVY" : "TIER_PRECEDENCE";
                        out.add(
                                rule,
                                r.schoolCodes[s],
                                "in phase " + Route.values()[phase] + " the school admitted " + describe(admittedChild)
                                        + " but turned away " + describe(rejectedChild));
                    }
                    if (upTo[s] < r.capacity[s]) {
                        out.add(
                                "WASTEFUL",
                                r.schoolCodes[s],
                                "in phase " + Route.values()[phase]
                                        + " the school turned away " + describe(rejectedChild) + " but had "
                                        + (r.capacity[s] - upTo[s]) + " seat(s) left after that phase");
                    }
                }
            }
        }

        private String describe(int c) {
            return r.publicIds[c] + " (tier " + r.tier[c] + ", lottery rank " + (int) key[c] + ")";
        }

        private void unplacedWithFreeSeat() {
            int freeSchool = -1;
            for (int s = 0; s < schools && freeSchool < 0; s++) {
                if (count[s] < r.capacity[s]) {
                    freeSchool = s;
                }
            }
            if (freeSchool < 0) {
                return;
            }
            for (int c = 0; c < n; c++) {
                if (outcome[c] == Outcome.UNPLACED) {
                    out.add(
                            "UNPLACED_WITH_FREE_SEAT",
                            r.publicIds[c],
                            "unplaced while " + r.schoolCodes[freeSchool] + " has "
                                    + (r.capacity[freeSchool] - count[freeSchool]) + " free seat(s)");
                }
            }
        }

        private void emptySeats(boolean anyUnplaced) {
            boolean[] seen = new boolean[schools];
            for (SchoolOutcome o : result.schools()) {
                int s = o.schoolCode() == null ? Resolved.NONE : r.school(o.schoolCode());
                if (s == Resolved.NONE) {
                    out.add(
                            "UNKNOWN_SCHOOL",
                            String.valueOf(o.schoolCode()),
                            "a school outcome for a school not in " + "the allocation");
                    continue;
                }
                if (seen[s]) {
                    out.add("MALFORMED", o.schoolCode(), "two outcomes for one school");
                    continue;
                }
                seen[s] = true;
                String expected = DistrictPhases.emptyReason(r.seats[s], r.reserved[s], count[s], anyUnplaced);
                if (o.seats() != r.seats[s]
                        || o.reservedSeats() != r.reserved[s]
                        || o.admitted() != count[s]
                        || o.emptySeats() != r.seats[s] - count[s]) {
                    out.add(
                            "EMPTY_SEAT_UNEXPLAINED",
                            o.schoolCode(),
                            "the outcome says " + o.seats() + " seats, "
                                    + o.reservedSeats() + " reserved, " + o.admitted() + " admitted, " + o.emptySeats()
                                    + " empty; the input and placements say " + r.seats[s] + ", " + r.reserved[s] + ", "
                                    + count[s] + ", " + (r.seats[s] - count[s]));
                } else if (expected.equals("UNEXPLAINED") || !expected.equals(o.emptyReason())) {
                    out.add(
                            "EMPTY_SEAT_UNEXPLAINED",
                            o.schoolCode(),
                            (r.seats[s] - count[s]) + " empty seat(s) "
                                    + "given as " + o.emptyReason()
                                    + (expected.equals("UNEXPLAINED")
                                            ? ", but children are unplaced and only " + r.reserved[s] + " are reserved"
                                            : ", expected " + expected));
                }
            }
            for (int s = 0; s < schools; s++) {
                if (!seen[s]) {
                    out.add("MALFORMED", r.schoolCodes[s], "the result has no outcome for this school");
                }
            }
        }
    }

    /** Violations with at most {@link #MAX_PER_RULE} per rule, then one line counting the rest. */
    static final class Collector {
        private final List<DistrictViolation> violations = new ArrayList<>();
        private final Map<String, Integer> perRule = new HashMap<>();

        void add(String rule, String subject, String detail) {
            int seen = perRule.merge(rule, 1, Integer::sum);
            if (seen <= MAX_PER_RULE) {
                violations.add(new DistrictViolation(rule, subject, detail));
            }
        }

        List<DistrictViolation> list() {
            List<DistrictViolation> all = new ArrayList<>(violations);
            perRule.forEach((rule, seen) -> {
                if (seen > MAX_PER_RULE) {
                    all.add(new DistrictViolation(rule, "-", (seen - MAX_PER_RULE) + " more of this rule not listed"));
                }
            });
            all.sort(DistrictResultText.VIOLATION_ORDER);
            return all;
        }
    }
}
