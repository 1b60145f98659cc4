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
 */
public record AllocationProblem(int[] capacity, long[] lottery, int[] prefStart, int[] prefSchool, int[] prefTier) {

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
    }

    public int schools() {
        return capacity.length;
    }

    public int applicants() {
        return lottery.length;
    }
}
