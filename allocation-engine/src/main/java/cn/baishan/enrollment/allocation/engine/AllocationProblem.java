package cn.baishan.enrollment.allocation.engine;

import java.util.Objects;

/**
 * One allocation run's input in flat arrays (a million applicants fit in a few tens of MB): schools with
 * their seats, applicants with one lottery number each, and each applicant's ranked school list with the
 * tier the applicant holds at that school, in compressed-row form — the preferences of applicant {@code a}
 * are {@code prefSchool[prefStart[a] .. prefStart[a + 1])}, first choice first.
 *
 * <p>A school prefers a smaller tier (1 = the district's first tier), then a smaller lottery number. Lottery
 * numbers are distinct, so priorities are strict.
 *
 * <p>The constructor checks the shape in one linear pass (seats not negative, school indices in range, tiers in
 * {@code 0 .. MAX_TIER}, no school listed twice by one applicant), so every engine can rely on it. Distinct
 * lottery numbers are checked by the engines, which sort them anyway.
 */
public record AllocationProblem(int[] capacity, long[] lottery, int[] prefStart, int[] prefSchool, int[] prefTier) {

    /** The largest tier an engine can pack into its 64-bit priority key next to a 40-bit lottery rank. */
    public static final int MAX_TIER = (1 << 22) - 1;

    public AllocationProblem {
        Objects.requireNonNull(capacity);
        Objects.requireNonNull(lottery);
        Objects.requireNonNull(prefStart);
        Objects.requireNonNull(prefSchool);
        Objects.requireNonNull(prefTier);
        if (prefStart.length != lottery.length + 1 || prefStart[0] != 0) {
            throw new IllegalArgumentException("prefStart has one entry per applicant plus one, starting at 0");
        }
        if (prefSchool.length != prefTier.length || prefStart[lottery.length] != prefSchool.length) {
            throw new IllegalArgumentException("prefSchool and prefTier hold every applicant's preferences");
        }
        for (int s = 0; s < capacity.length; s++) {
            if (capacity[s] < 0) {
                throw new IllegalArgumentException("capacity of school " + s + " is negative");
            }
        }
        // lastListedBy[s] = the last applicant seen listing s, plus one (0 = nobody yet): catches a school
        // listed twice by one applicant without a per-applicant set.
        int[] lastListedBy = new int[capacity.length];
        for (int a = 0; a < lottery.length; a++) {
            if (prefStart[a + 1] < prefStart[a]) {
                throw new IllegalArgumentException("prefStart decreases at applicant " + a);
            }
        }
        for (int a = 0; a < lottery.length; a++) {
            for (int p = prefStart[a]; p < prefStart[a + 1]; p++) {
                int s = prefSchool[p];
                if (s < 0 || s >= capacity.length) {
                    throw new IllegalArgumentException("applicant " + a + " ranks unknown school " + s);
                }
                if (prefTier[p] < 0 || prefTier[p] > MAX_TIER) {
                    throw new IllegalArgumentException(
                            "applicant " + a + " has tier " + prefTier[p] + " outside 0.." + MAX_TIER);
                }
                if (lastListedBy[s] == a + 1) {
                    throw new IllegalArgumentException("applicant " + a + " ranks school " + s + " twice");
                }
                lastListedBy[s] = a + 1;
            }
        }
    }

    public int schools() {
        return capacity.length;
    }

    public int applicants() {
        return lottery.length;
    }
}
