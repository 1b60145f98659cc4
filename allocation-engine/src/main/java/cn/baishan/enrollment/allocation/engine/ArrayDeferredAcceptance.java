package cn.baishan.enrollment.allocation.engine;

import java.util.Arrays;

/**
 * Student-proposing deferred acceptance on flat int/long arrays, written for a million applicants on one core.
 *
 * <p>Each (applicant, school) priority is one 64-bit key {@code tier << 40 | lotteryRank}, where the lottery rank
 * is the applicant's position among all lottery numbers in ascending order; a smaller key is a better priority, so
 * comparing keys is one {@code long} comparison. Each school keeps the keys it holds in a bounded max-heap (worst
 * held applicant on top) inside one shared {@code long[]}, sized {@code min(seats, applicants ranking it)}; the
 * rank in the low bits leads back to the applicant. A proposal either fills a free seat, is refused (key worse
 * than the top of a full heap), or evicts the top, and the evicted applicant continues proposing at once. No
 * object is allocated per proposal; the memory is a handful of arrays sized by applicants, preferences and seats.
 *
 * <p>The applicant-proposing outcome does not depend on the order in which free applicants propose (it is the
 * applicant-optimal stable matching), so this engine and {@link ReferenceDeferredAcceptance} must agree exactly.
 */
public final class ArrayDeferredAcceptance implements DeferredAcceptance {

    private static final int RANK_BITS = 40;
    private static final long RANK_MASK = (1L << RANK_BITS) - 1;

    @Override
    public Assignment run(AllocationProblem problem) {
        int applicants = problem.applicants();
        int schools = problem.schools();
        int[] capacity = problem.capacity();
        int[] prefStart = problem.prefStart();
        int[] prefSchool = problem.prefSchool();
        int[] prefTier = problem.prefTier();

        int[] applicantOfRank = new int[applicants];
        int[] rank = lotteryRanks(problem.lottery(), applicantOfRank);

        // A school never holds more than the applicants who rank it, so the heaps need at most that many slots
        // even when a school's plan has far more seats.
        int[] listedBy = new int[schools];
        for (int p = 0; p < prefSchool.length; p++) {
            listedBy[prefSchool[p]]++;
        }
        // Per school, side by side so one proposal touches one cache line: heap base, heap capacity, heap size.
        int[] school = new int[3 * schools];
        int slots = 0;
        for (int s = 0; s < schools; s++) {
            int cap = Math.min(capacity[s], listedBy[s]);
            school[3 * s] = slots;
            school[3 * s + 1] = cap;
            slots += cap;
        }
        long[] heap = new long[slots];

        // Each preference as one long (tier in the high half, school in the low half), and each applicant's cursor
        // next to the end of its list: an evicted applicant's next proposal then costs two memory reads instead of
        // four (cursor, end, school, tier) — on a million applicants those reads miss the caches, and they are what
        // the run waits for. Built in one sequential pass.
        long[] pref = new long[prefSchool.length];
        for (int p = 0; p < pref.length; p++) {
            pref[p] = ((long) prefTier[p] << 32) | prefSchool[p];
        }
        int[] cursorEnd = new int[2 * applicants];
        for (int a = 0; a < applicants; a++) {
            cursorEnd[2 * a] = prefStart[a];
            cursorEnd[2 * a + 1] = prefStart[a + 1];
        }
        // The free-applicant stack is implicit: the applicants not yet started are those at or after the cursor,
        // and an evicted applicant proposes on at once, so the stack never holds more than the local variable a.
        // Starting applicants in index order keeps their preference reads sequential (measured: starting them in
        // lottery order saves evictions but costs more in random reads).
        for (int cursor = 0; cursor < applicants; cursor++) {
            int a = cursor;
            int r = rank[a]; // carried along with a, so an evicted applicant costs no extra rank lookup
            while (a >= 0) {
                int p = cursorEnd[2 * a];
                if (p == cursorEnd[2 * a + 1]) {
                    break; // list exhausted: left for the district's overall arrangement
                }
                cursorEnd[2 * a] = p + 1;
                long preference = pref[p];
                int at = 3 * (int) preference;
                int cap = school[at + 1];
                if (cap == 0) {
                    continue;
                }
                long key = ((preference >>> 32) << RANK_BITS) | r;
                int base = school[at];
                int size = school[at + 2];
                if (size < cap) {
                    siftUp(heap, base, size, key);
                    school[at + 2] = size + 1;
                    a = -1;
                } else if (key < heap[base]) {
                    long evicted = heap[base];
                    siftDown(heap, base, cap, key);
                    r = (int) (evicted & RANK_MASK);
                    a = applicantOfRank[r];
                }
                // else refused: a proposes to its next choice
            }
        }

        int[] schoolOf = new int[applicants];
        Arrays.fill(schoolOf, Assignment.UNASSIGNED);
        for (int s = 0; s < schools; s++) {
            int base = school[3 * s];
            for (int i = 0; i < school[3 * s + 2]; i++) {
                schoolOf[applicantOfRank[(int) (heap[base + i] & RANK_MASK)]] = s;
            }
        }
        return new Assignment(schoolOf);
    }

    /**
     * Ranks applicants by lottery number (0 = smallest) without boxing, proving the numbers distinct on the way.
     * The usual input is already a rank or a dense range (the published lottery hands out ranks 1..n), which a
     * counting pass ranks in linear time; arbitrary numbers are sorted once and found by binary search.
     */
    private static int[] lotteryRanks(long[] lottery, int[] applicantOfRank) {
        int n = lottery.length;
        if (n > RANK_MASK) {
            throw new IllegalArgumentException("too many applicants for a 40-bit lottery rank");
        }
        int[] rank = new int[n];
        if (n == 0) {
            return rank;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long number : lottery) {
            min = Math.min(min, number);
            max = Math.max(max, number);
        }
        long span = max - min; // negative when the difference overflows: then the range is certainly not dense
        if (span >= 0 && span < 4L * n + 64) {
            int[] holder = new int[(int) span + 1]; // applicant + 1 at each drawn number, 0 = not drawn
            for (int a = 0; a < n; a++) {
                int slot = (int) (lottery[a] - min);
                if (holder[slot] != 0) {
                    throw new IllegalArgumentException("lottery number " + lottery[a] + " is drawn twice");
                }
                holder[slot] = a + 1;
            }
            int r = 0;
            for (int holderPlusOne : holder) {
                if (holderPlusOne != 0) {
                    rank[holderPlusOne - 1] = r;
                    applicantOfRank[r++] = holderPlusOne - 1;
                }
            }
            return rank;
        }
        long[] sorted = lottery.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < n; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("lottery number " + sorted[i] + " is drawn twice");
            }
        }
        for (int a = 0; a < n; a++) {
            int r = Arrays.binarySearch(sorted, lottery[a]);
            rank[a] = r;
            applicantOfRank[r] = a;
        }
        return rank;
    }

    /**
     * Inserts key into the max-heap heap[base .. base + size) that has room for one more. The heaps are 4-ary: half
     * the levels of a binary heap, and a node's four children share one or two cache lines, so a full school's
     * eviction (the common proposal once seats run out) touches fewer lines.
     */
    private static void siftUp(long[] heap, int base, int size, long key) {
        int i = size;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long up = heap[base + parent];
            if (up >= key) {
                break;
            }
            heap[base + i] = up;
            i = parent;
        }
        heap[base + i] = key;
    }

    /** Replaces the top of the full 4-ary max-heap heap[base .. base + size) by key and restores the heap order. */
    private static void siftDown(long[] heap, int base, int size, long key) {
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) {
                break;
            }
            int child = first;
            long c = heap[base + first];
            int last = Math.min(first + 4, size);
            for (int k = first + 1; k < last; k++) {
                long v = heap[base + k];
                if (v > c) {
                    c = v;
                    child = k;
                }
            }
            if (key >= c) {
                break;
            }
            heap[base + i] = c;
            i = child;
        }
        heap[base + i] = key;
    }
}
