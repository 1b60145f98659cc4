package cn.baishan.enrollment.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The textbook Gale–Shapley rounds, written to be obviously right rather than fast; tests compare
 * {@link ArrayDeferredAcceptance} against it. In every round each applicant who holds no seat and still has
 * schools left proposes to the next one on its list; every school then looks at the applicants it held plus the
 * new proposers, keeps the best {@code capacity} of them by (tier, lottery number) and rejects the rest. Rounds
 * stop when nobody proposes.
 */
public final class ReferenceDeferredAcceptance implements DeferredAcceptance {

    @Override
    public Assignment run(AllocationProblem problem) {
        int n = problem.applicants();
        int m = problem.schools();
        Set<Long> seen = new HashSet<>();
        for (long number : problem.lottery()) {
            if (!seen.add(number)) {
                throw new IllegalArgumentException("lottery number " + number + " is drawn twice");
            }
        }

        List<List<Integer>> held = new ArrayList<>();
        for (int s = 0; s < m; s++) {
            held.add(new ArrayList<>());
        }
        int[] nextChoice = new int[n]; // how many of its schools the applicant has proposed to so far
        boolean[] holding = new boolean[n];

        boolean someoneProposed = true;
        while (someoneProposed) {
            someoneProposed = false;
            List<List<Integer>> proposers = new ArrayList<>();
            for (int s = 0; s < m; s++) {
                proposers.add(new ArrayList<>());
            }
            for (int a = 0; a < n; a++) {
                List<Integer> list = schoolsOf(problem, a);
                if (!holding[a] && nextChoice[a] < list.size()) {
                    proposers.get(list.get(nextChoice[a])).add(a);
                    nextChoice[a]++;
                    someoneProposed = true;
                }
            }
            for (int s = 0; s < m; s++) {
                int school = s;
                List<Integer> candidates = new ArrayList<>(held.get(s));
                candidates.addAll(proposers.get(s));
                candidates.sort(Comparator.<Integer>comparingInt(a -> tierAt(problem, a, school))
                        .thenComparingLong(a -> problem.lottery()[a]));
                int keep = Math.min(problem.capacity()[s], candidates.size());
                for (int i = 0; i < candidates.size(); i++) {
                    holding[candidates.get(i)] = i < keep;
                }
                held.set(s, new ArrayList<>(candidates.subList(0, keep)));
            }
        }

        int[] schoolOf = new int[n];
        Arrays.fill(schoolOf, Assignment.UNASSIGNED);
        for (int s = 0; s < m; s++) {
            for (int a : held.get(s)) {
                schoolOf[a] = s;
            }
        }
        return new Assignment(schoolOf);
    }

    static List<Integer> schoolsOf(AllocationProblem problem, int applicant) {
        List<Integer> list = new ArrayList<>();
        for (int p = problem.prefStart()[applicant]; p < problem.prefStart()[applicant + 1]; p++) {
            list.add(problem.prefSchool()[p]);
        }
        return list;
    }

    static int tierAt(AllocationProblem problem, int applicant, int school) {
        for (int p = problem.prefStart()[applicant]; p < problem.prefStart()[applicant + 1]; p++) {
            if (problem.prefSchool()[p] == school) {
                return problem.prefTier()[p];
            }
        }
        throw new IllegalStateException("applicant " + applicant + " did not rank school " + school);
    }
}
