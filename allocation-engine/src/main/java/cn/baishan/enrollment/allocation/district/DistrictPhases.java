package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictResult.Cutoff;
import cn.baishan.enrollment.allocation.district.DistrictResult.DistrictViolation;
import cn.baishan.enrollment.allocation.district.DistrictResult.Outcome;
import cn.baishan.enrollment.allocation.district.DistrictResult.Placement;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.district.DistrictResult.SchoolOutcome;
import cn.baishan.enrollment.allocation.engine.AllocationProblem;
import cn.baishan.enrollment.allocation.engine.ArrayDeferredAcceptance;
import cn.baishan.enrollment.allocation.engine.Assignment;
import cn.baishan.enrollment.allocation.engine.InvariantChecker;
import cn.baishan.enrollment.allocation.engine.Violation;
import cn.baishan.enrollment.allocation.lottery.LotteryDraw;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The five phases of {@value DistrictAllocation#ALGORITHM_VERSION} on the flat arrays of {@link Resolved}. Each
 * phase takes the seats the earlier ones left ({@link #free}); children are visited in priority order (tier, then
 * lottery rank) except in the in-zone phase, which is one deferred-acceptance run whose result does not depend on
 * any visiting order. Per phase and school it records whether the school turned a child away and the worst
 * priority it admitted there: the cut-offs.
 */
final class DistrictPhases {

    static final int PHASES = Route.values().length;
    private static final int DISABILITY = Route.DISABILITY.ordinal();
    private static final int PROMOTION = Route.DIRECT_PROMOTION.ordinal();
    private static final int IN_ZONE = Route.IN_ZONE.ordinal();
    private static final int SIBLING = Route.SIBLING.ordinal();
    private static final int OVERFLOW = Route.OVERFLOW.ordinal();

    static final byte TO_PLACE = -1;
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final Route[] ROUTES = Route.values();

    final Resolved r;
    final long[] number;
    final int[] rank;
    /** Children in priority order. */
    final int[] order;

    final int[] school;
    final byte[] outcome;
    final byte[] route;
    final int[] free;
    final boolean[] turnedAway;
    final long[] worstAdmitted;
    private final int[] codeMarkedUpTo = new int[PHASES];
    private int firstFree;

    final List<DistrictViolation> engineViolations = new ArrayList<>();

    DistrictPhases(Resolved r, Seed seed) {
        this.r = r;
        int n = r.n;
        int schools = r.schoolCount;
        LotteryDraw.Ranked lottery = LotteryDraw.ranked(seed, r.publicIds);
        number = lottery.numbers();
        rank = lottery.ranks();
        order = priorityOrder(r.tier, rank, r.tierNames.length);
        school = new int[n];
        Arrays.fill(school, Resolved.NONE);
        outcome = new byte[n];
        Arrays.fill(outcome, TO_PLACE);
        route = new byte[n];
        Arrays.fill(route, TO_PLACE);
        free = r.capacity.clone();
        turnedAway = new boolean[PHASES * schools];
        worstAdmitted = new long[PHASES * schools];
        Arrays.fill(worstAdmitted, -1);
    }

    /** Children by (tier, lottery rank) in two linear passes: ranks are a permutation of 1..n. */
    static int[] priorityOrder(int[] tier, int[] rank, int tiers) {
        int n = tier.length;
        int[] byRank = new int[n];
        for (int c = 0; c < n; c++) {
            byRank[rank[c] - 1] = c;
        }
        int[] start = new int[tiers + 2];
        for (int c = 0; c < n; c++) {
            start[tier[c] + 1]++;
        }
        for (int t = 1; t < start.length; t++) {
            start[t] += start[t - 1];
        }
        int[] order = new int[n];
        for (int c : byRank) {
            order[start[tier[c]]++] = c;
        }
        return order;
    }

    void run() {
        disability();
        directPromotion();
        inZone();
        sibling();
        overflow();
    }

    private long key(int c) {
        return Resolved.key(r.tier[c], rank[c]);
    }

    private void admit(int c, int s, int phase) {
        school[c] = s;
        outcome[c] = (byte) Outcome.ADMITTED.ordinal();
        route[c] = (byte) phase;
        free[s]--;
        int at = phase * r.schoolCount + s;
        worstAdmitted[at] = Math.max(worstAdmitted[at], key(c));
    }

    /** Tries one school for c in a sequential phase: a seat if one is left, else the school turns c away. */
    private boolean tryAdmit(int c, int s, int phase) {
        if (free[s] > 0) {
            admit(c, s, phase);
            return true;
        }
        turnedAway[phase * r.schoolCount + s] = true;
        return false;
    }

    /**
     * The last resort of a list: the first school by code with a free seat. Schools only fill up, so the first free
     * one moves forward only; every full school before it turned the child away in this phase.
     */
    private boolean firstFreeByCode(int c, int phase) {
        while (firstFree < r.schoolCount && free[firstFree] == 0) {
            firstFree++;
        }
        int base = phase * r.schoolCount;
        for (int s = codeMarkedUpTo[phase]; s < firstFree; s++) {
            turnedAway[base + s] = true;
        }
        codeMarkedUpTo[phase] = Math.max(codeMarkedUpTo[phase], firstFree);
        if (firstFree == r.schoolCount) {
            return false;
        }
        admit(c, firstFree, phase);
        return true;
    }

    private boolean nearestFree(int c, int phase) {
        for (int p = r.nearbyStart[c], to = r.nearbyStart[c + 1]; p < to; p++) {
            if (tryAdmit(c, r.nearbyAt(p), phase)) {
                return true;
            }
        }
        return firstFreeByCode(c, phase);
    }

    private void disability() {
        for (int c : order) {
            switch (r.disability[c]) {
                case Resolved.SPECIAL -> {
                    outcome[c] = (byte) Outcome.SPECIAL_SCHOOL.ordinal();
                    route[c] = (byte) DISABILITY;
                }
                case Resolved.HOME -> {
                    outcome[c] = (byte) Outcome.HOME_TEACHING.ordinal();
                    route[c] = (byte) DISABILITY;
                }
                case Resolved.REGULAR -> regularClass(c);
                default -> {}
            }
        }
    }

    private void regularClass(int c) {
        if (r.committeeSchool[c] != Resolved.NONE && tryAdmit(c, r.committeeSchool[c], DISABILITY)) {
            return;
        }
        for (int s : r.zoneByDistance(c)) {
            if (tryAdmit(c, s, DISABILITY)) {
                return;
            }
        }
        nearestFree(c, DISABILITY); // not placed only when no seat is left anywhere: the overflow says UNPLACED
    }

    private void directPromotion() {
        for (int c : order) {
            if (outcome[c] == TO_PLACE && r.promotion[c] != Resolved.NONE) {
                tryAdmit(c, r.promotion[c], PROMOTION);
            }
        }
    }

    /**
     * One deferred-acceptance run over every child the in-zone phase applies to, on the seats left. The problem lists
     * the applicants in priority order (tier, then lottery rank): the outcome of deferred acceptance does not depend
     * on the order in which applicants propose, but this order makes the proposals walk the arrays front to back
     * instead of jumping through a million children (measured on the million: ~0.4 s in id order, ~0.07 s in this
     * one). The lists are written there while the children are read in their own order, so both stay sequential
     * reads; only the writes scatter.
     */
    private void inZone() {
        int n = r.n;
        int[] applicantOf = new int[n]; // child -> its position in the problem + 1, 0 = not in the in-zone phase
        int applicants = 0;
        for (int c : order) {
            if (outcome[c] == TO_PLACE && r.inZoneEligible(c)) {
                applicantOf[c] = ++applicants;
            }
        }
        int[] prefStart = new int[applicants + 1];
        for (int c = 0; c < n; c++) {
            if (applicantOf[c] != 0) {
                prefStart[applicantOf[c]] = r.inZoneLength(c); // shifted by one: the prefix sum below starts them
            }
        }
        for (int a = 0; a < applicants; a++) {
            prefStart[a + 1] += prefStart[a];
        }
        int prefs = prefStart[applicants];
        int[] prefSchool = new int[prefs];
        int[] prefTier = new int[prefs];
        int[] childOf = new int[applicants];
        long[] lottery = new long[applicants];
        int[] stamp = new int[r.schoolCount];
        for (int c = 0; c < n; c++) {
            int a = applicantOf[c] - 1;
            if (a < 0) {
                continue;
            }
            childOf[a] = c;
            lottery[a] = rank[c];
            int from = prefStart[a];
            int listed = r.inZoneList(c, prefSchool, from, stamp, a + 1) - from;
            if (listed != prefStart[a + 1] - from) {
                throw new IllegalStateException("in-zone list of " + r.publicIds[c] + " has " + listed
                        + " schools, its zone " + (prefStart[a + 1] - from));
            }
            Arrays.fill(prefTier, from, from + listed, r.tier[c]);
        }
        AllocationProblem problem = new AllocationProblem(free.clone(), lottery, prefStart, prefSchool, prefTier);
        Assignment assignment = new ArrayDeferredAcceptance().run(problem);
        for (Violation v : new InvariantChecker().check(problem, assignment)) {
            String subject = v.applicant() >= 0 && v.applicant() < applicants
                    ? r.publicIds[childOf[v.applicant()]]
                    : v.school() >= 0 && v.school() < r.schoolCount ? r.schoolCodes[v.school()] : "-";
            engineViolations.add(new DistrictViolation(
                    v.kind().name(), subject, "in-zone deferred acceptance (engine checker): " + v.message()));
        }
        int[] schoolOf = assignment.schoolOf();
        int base = IN_ZONE * r.schoolCount;
        for (int a = 0; a < applicants; a++) {
            int s = schoolOf[a];
            for (int p = prefStart[a]; p < prefStart[a + 1] && prefSchool[p] != s; p++) {
                turnedAway[base + prefSchool[p]] = true;
            }
            if (s != Assignment.UNASSIGNED) {
                admit(childOf[a], s, IN_ZONE);
            }
        }
    }

    private void sibling() {
        for (int c : order) {
            if (outcome[c] == TO_PLACE && r.sibling[c] != Resolved.NONE) {
                tryAdmit(c, r.sibling[c], SIBLING);
            }
        }
    }

    private void overflow() {
        for (int c : order) {
            if (outcome[c] == TO_PLACE && !nearestFree(c, OVERFLOW)) {
                outcome[c] = (byte) Outcome.UNPLACED.ordinal();
                route[c] = (byte) OVERFLOW;
            }
        }
    }

    /** The result without its violations (the checker looks at this very result). */
    DistrictResult result(String inputDigest, String seedHex) {
        int n = r.n;
        var placements = new ArrayList<Placement>(n);
        int[] admitted = new int[r.schoolCount];
        boolean anyUnplaced = false;
        for (int i = 0; i < n; i++) {
            int c = r.byId[i];
            int s = school[c];
            Outcome o = OUTCOMES[outcome[c]];
            String code = s != Resolved.NONE
                    ? r.schoolCodes[s]
                    : o == Outcome.SPECIAL_SCHOOL ? r.children[c].disability().schoolCode() : null;
            if (s != Resolved.NONE) {
                admitted[s]++;
            }
            anyUnplaced |= o == Outcome.UNPLACED;
            placements.add(new Placement(r.publicIds[c], number[c], rank[c], o, code, ROUTES[route[c]]));
        }
        var cutoffs = new ArrayList<Cutoff>();
        for (int s = 0; s < r.schoolCount; s++) {
            for (int phase = 0; phase < PHASES; phase++) {
                int at = phase * r.schoolCount + s;
                if (turnedAway[at] && worstAdmitted[at] >= 0) {
                    long worst = worstAdmitted[at];
                    cutoffs.add(new Cutoff(r.schoolCodes[s], ROUTES[phase], (int) (worst >>> 32), (int) worst));
                }
            }
        }
        var schools = new ArrayList<SchoolOutcome>(r.schoolCount);
        for (int s = 0; s < r.schoolCount; s++) {
            schools.add(new SchoolOutcome(
                    r.schoolCodes[s],
                    r.seats[s],
                    r.reserved[s],
                    admitted[s],
                    r.seats[s] - admitted[s],
                    emptyReason(r.seats[s], r.reserved[s], admitted[s], anyUnplaced)));
        }
        return new DistrictResult(
                inputDigest, seedHex, DistrictAllocation.ALGORITHM_VERSION, placements, cutoffs, schools, List.of());
    }

    /** NONE when full; RESERVED when only reserved seats are empty; NO_APPLICANT_LEFT when nobody is unplaced. */
    static String emptyReason(int seats, int reserved, int admitted, boolean anyUnplaced) {
        if (admitted >= seats) {
            return "NONE";
        }
        if (admitted >= seats - reserved) {
            return "RESERVED";
        }
        return anyUnplaced ? "UNEXPLAINED" : "NO_APPLICANT_LEFT";
    }
}
