package cn.baishan.enrollment.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks one deferred-acceptance run against its problem and lists every broken invariant (empty = the run may be
 * published): no school over capacity, nobody admitted twice or to a school it did not rank, no justified envy
 * (nobody prefers a school that admitted someone of worse priority there) and no waste (nobody is unassigned or
 * placed below a school it ranked higher that still has a free seat). Priority at a school is the tier the
 * applicant holds there, then the lottery number, as in {@link AllocationProblem}.
 *
 * <p>It shares no code with the engines: it is the independent second opinion that blocks publication. One
 * linear pass over the preferences after the per-school cut-offs are known, so it runs on a million applicants.
 */
public final class InvariantChecker {

    /** Checks an applicant-side result (each applicant holds at most one school by construction). */
    public List<Violation> check(AllocationProblem problem, Assignment assignment) {
        int[] schoolOf = assignment.schoolOf();
        if (schoolOf.length != problem.applicants()) {
            return List.of(new Violation(
                    Violation.Kind.MALFORMED,
                    -1,
                    -1,
                    "the assignment has " + schoolOf.length + " applicants, the problem " + problem.applicants()));
        }
        List<Violation> violations = new ArrayList<>();
        for (int a = 0; a < schoolOf.length; a++) {
            int s = schoolOf[a];
            if (s != Assignment.UNASSIGNED && (s < 0 || s >= problem.schools())) {
                violations.add(new Violation(
                        Violation.Kind.MALFORMED, a, s, "applicant " + a + " is assigned to unknown school " + s));
            }
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        checkPlaced(problem, schoolOf, new int[problem.schools()], violations);
        return violations;
    }

    /**
     * Checks a school-side result, as the per-school admitted lists are published: {@code admitted[s]} lists the
     * applicants school {@code s} admitted. This is where an applicant admitted twice shows up.
     */
    public List<Violation> check(AllocationProblem problem, int[][] admitted) {
        if (admitted.length != problem.schools()) {
            return List.of(new Violation(
                    Violation.Kind.MALFORMED,
                    -1,
                    -1,
                    "there are " + admitted.length + " admitted lists for " + problem.schools() + " schools"));
        }
        List<Violation> violations = new ArrayList<>();
        int[] schoolOf = new int[problem.applicants()];
        Arrays.fill(schoolOf, Assignment.UNASSIGNED);
        int[] extraCount = new int[problem.schools()];
        for (int s = 0; s < admitted.length; s++) {
            for (int a : admitted[s]) {
                if (a < 0 || a >= problem.applicants()) {
                    violations.add(new Violation(
                            Violation.Kind.MALFORMED, a, s, "school " + s + " admitted unknown applicant " + a));
                } else if (schoolOf[a] != Assignment.UNASSIGNED) {
                    violations.add(new Violation(
                            Violation.Kind.ASSIGNED_TWICE,
                            a,
                            s,
                            "applicant " + a + " is admitted by school " + schoolOf[a] + " and again by school " + s));
                    // still counts against the seats of the second school
                    extraCount[s]++;
                } else {
                    schoolOf[a] = s;
                }
            }
        }
        checkPlaced(problem, schoolOf, extraCount, violations);
        return violations;
    }

    /**
     * Adds the capacity, preference, envy and waste violations of {@code schoolOf} (every index valid) to
     * {@code violations}; {@code extraCount[s]} counts second admissions of an applicant that {@code schoolOf}
     * cannot hold but that still take a seat at {@code s}.
     */
    private static void checkPlaced(
            AllocationProblem problem, int[] schoolOf, int[] extraCount, List<Violation> violations) {
        int schools = problem.schools();
        int[] capacity = problem.capacity();
        long[] lottery = problem.lottery();
        int[] prefStart = problem.prefStart();
        int[] prefSchool = problem.prefSchool();
        int[] prefTier = problem.prefTier();

        // Where in its own list each applicant's school sits (its position), or the list's end when unassigned.
        int[] heldAt = new int[schoolOf.length];
        int[] count = extraCount.clone();
        // The worst admitted priority per school: tier, then lottery number (the cut-off a better applicant beats).
        int[] worstTier = new int[schools];
        long[] worstLottery = new long[schools];
        int[] worstApplicant = new int[schools];
        Arrays.fill(worstApplicant, -1);
        for (int a = 0; a < schoolOf.length; a++) {
            int s = schoolOf[a];
            heldAt[a] = prefStart[a + 1];
            if (s == Assignment.UNASSIGNED) {
                continue;
            }
            count[s]++;
            int p = positionOf(problem, a, s);
            if (p < 0) {
                violations.add(new Violation(
                        Violation.Kind.NOT_IN_PREFERENCES,
                        a,
                        s,
                        "applicant " + a + " is admitted to school " + s + ", which it did not rank"));
                continue;
            }
            heldAt[a] = p;
            int tier = prefTier[p];
            if (worstApplicant[s] < 0
                    || tier > worstTier[s]
                    || (tier == worstTier[s] && lottery[a] > worstLottery[s])) {
                worstTier[s] = tier;
                worstLottery[s] = lottery[a];
                worstApplicant[s] = a;
            }
        }
        for (int s = 0; s < schools; s++) {
            if (count[s] > capacity[s]) {
                violations.add(new Violation(
                        Violation.Kind.OVER_CAPACITY,
                        -1,
                        s,
                        "school " + s + " admitted " + count[s] + " applicants for " + capacity[s] + " seats"));
            }
        }
        for (int a = 0; a < schoolOf.length; a++) {
            for (int p = prefStart[a]; p < heldAt[a]; p++) {
                int s = prefSchool[p];
                if (count[s] < capacity[s]) {
                    violations.add(new Violation(
                            Violation.Kind.WASTEFUL,
                            a,
                            s,
                            "applicant " + a + " ranked school " + s + " higher than its result ("
                                    + describe(schoolOf[a]) + ") and school " + s + " has "
                                    + (capacity[s] - count[s]) + " free seat(s)"));
                } else if (worstApplicant[s] >= 0
                        && (prefTier[p] < worstTier[s]
                                || (prefTier[p] == worstTier[s] && lottery[a] < worstLottery[s]))) {
                    violations.add(new Violation(
                            Violation.Kind.JUSTIFIED_ENVY,
                            a,
                            s,
                            "applicant " + a + " (tier " + prefTier[p] + ", lottery " + lottery[a]
                                    + ") ranked school " + s + " higher than its result (" + describe(schoolOf[a])
                                    + ") but school " + s + " admitted applicant " + worstApplicant[s] + " (tier "
                                    + worstTier[s] + ", lottery " + worstLottery[s] + ")"));
                }
            }
        }
    }

    private static int positionOf(AllocationProblem problem, int applicant, int school) {
        for (int p = problem.prefStart()[applicant]; p < problem.prefStart()[applicant + 1]; p++) {
            if (problem.prefSchool()[p] == school) {
                return p;
            }
        }
        return -1;
    }

    private static String describe(int school) {
        return school == Assignment.UNASSIGNED ? "unassigned" : "school " + school;
    }
}
