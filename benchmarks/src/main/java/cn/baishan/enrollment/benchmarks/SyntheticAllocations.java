package cn.baishan.enrollment.benchmarks;

import cn.baishan.enrollment.allocation.district.DistrictInput;
import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.Disability;
import cn.baishan.enrollment.allocation.district.DistrictInput.DisabilityPlacement;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import cn.baishan.enrollment.allocation.engine.AllocationProblem;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeded synthetic allocation instances: the same seed always gives the same instance, so every run of
 * {@link AllocationBenchmark} measures the same work.
 *
 * <p>{@link #deferredAcceptanceProblem} is the raw instance for the engine's core: every applicant ranks
 * {@code choices} distinct schools drawn with a skew towards the low (popular) school indices, holds one of three
 * tiers at each, and has one lottery rank (a shuffled 0..n-1). It is built like allocation-engine's test-scope
 * {@code RandomProblems.large}, so the figures compare with the module README's plain timing run.
 *
 * <p>{@link #districtInput} is a whole district as admission hands it to {@code DistrictAllocation.run}: schools
 * one per cell of a jittered square grid, zones cut from that grid, children living near their zone's schools.
 * What it contains and in which proportions is documented in benchmarks/README.md ("Allocation").
 */
final class SyntheticAllocations {

    /** The tier order of the synthetic district: three tiers, then the appended {@code OUTSIDE_ZONES}. */
    static final List<String> TIERS =
            List.of("HUKOU_AND_PROPERTY", "HUKOU_ONLY", "MIGRANT_PERMIT_INSURANCE", "OUTSIDE_ZONES");

    static final String SPECIAL_SCHOOL_CODE = "SPECIAL-01";

    private SyntheticAllocations() {}

    /** A fixed 32-byte draw seed derived from {@code seed}. */
    static Seed drawSeed(long seed) {
        byte[] bytes = new byte[Seed.LENGTH];
        new Random(seed ^ 0x5eed5eedL).nextBytes(bytes);
        return Seed.of(bytes);
    }

    static AllocationProblem deferredAcceptanceProblem(long seed, int applicants, int schools, int choices) {
        Random random = new Random(seed);
        int[] capacity = new int[schools];
        int seatsEach = Math.max(1, applicants / schools);
        for (int s = 0; s < schools; s++) {
            capacity[s] = 1 + random.nextInt(2 * seatsEach);
        }
        long[] lottery = new long[applicants];
        for (int a = 0; a < applicants; a++) {
            lottery[a] = a;
        }
        for (int a = applicants - 1; a > 0; a--) {
            int b = random.nextInt(a + 1);
            long t = lottery[a];
            lottery[a] = lottery[b];
            lottery[b] = t;
        }
        int length = Math.min(choices, schools);
        int[] prefStart = new int[applicants + 1];
        int[] prefSchool = new int[applicants * length];
        int[] prefTier = new int[applicants * length];
        int[] mark = new int[schools];
        int p = 0;
        for (int a = 0; a < applicants; a++) {
            int listed = 0;
            while (listed < length) {
                // squaring a uniform number skews choices towards the low (popular) school indices
                double u = random.nextDouble();
                int s = (int) (u * u * schools);
                if (mark[s] == a + 1) {
                    continue;
                }
                mark[s] = a + 1;
                prefSchool[p] = s;
                prefTier[p] = 1 + random.nextInt(3);
                p++;
                listed++;
            }
            prefStart[a + 1] = p;
        }
        return new AllocationProblem(capacity, lottery, prefStart, prefSchool, prefTier);
    }

    /**
     * A district of {@code children} children and {@code schools} schools; each child's {@code nearbySchools} is
     * cut to its {@code nearby} nearest schools (plus any of its zone's schools beyond them) so that a million
     * children fit in the heap — admission itself lists every school of the stage. With {@code canonicalOrder} the
     * children come sorted by public id, as in the canonical input text a season stores at closing and every run
     * (and the public re-run tool) reads back; otherwise in the random order of their ids' generation.
     */
    static DistrictInput districtInput(long seed, int children, int schools, int nearby, boolean canonicalOrder) {
        Random random = new Random(seed);
        int cols = (int) Math.ceil(Math.sqrt(schools));
        int rows = (schools + cols - 1) / cols;

        // Schools: one per grid cell (row-major), jittered inside the cell; unit = one cell.
        String[] code = new String[schools];
        double[] x = new double[schools];
        double[] y = new double[schools];
        int[] capacity = new int[schools];
        List<SchoolSeats> seats = new ArrayList<>(schools);
        double seatsEach = 1.02 * children / schools; // 2 % more seats than children in all
        for (int s = 0; s < schools; s++) {
            code[s] = String.format(Locale.ROOT, "SCH%05d", s);
            x[s] = s % cols + 0.2 + 0.6 * random.nextDouble();
            y[s] = s / cols + 0.2 + 0.6 * random.nextDouble();
            capacity[s] = Math.max(1, (int) Math.round(seatsEach * (0.6 + 0.8 * random.nextDouble())));
            int reserved = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0;
            seats.add(new SchoolSeats(code[s], capacity[s] + reserved, reserved));
        }

        // Zones: strips two rows high, walked column by column in a serpentine, cut into runs of 1 (a single-school
        // zone) or 3-5 neighbouring schools (a multi-school zone).
        List<Zone> zones = new ArrayList<>();
        List<int[]> zoneSchools = new ArrayList<>();
        for (int top = 0; top < rows; top += 2) {
            List<Integer> strip = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                int upper = top * cols + c;
                int lower = (top + 1) * cols + c;
                int first = c % 2 == 0 ? upper : lower;
                int second = c % 2 == 0 ? lower : upper;
                if (first < schools && top + (c % 2 == 0 ? 0 : 1) < rows) {
                    strip.add(first);
                }
                if (second < schools && top + (c % 2 == 0 ? 1 : 0) < rows) {
                    strip.add(second);
                }
            }
            int i = 0;
            while (i < strip.size()) {
                int draw = random.nextInt(100);
                int size = draw < 25 ? 1 : draw < 50 ? 3 : draw < 80 ? 4 : 5;
                size = Math.min(size, strip.size() - i);
                int[] members = new int[size];
                List<String> codes = new ArrayList<>(size);
                for (int k = 0; k < size; k++) {
                    members[k] = strip.get(i + k);
                    codes.add(code[members[k]]);
                }
                String zoneCode = String.format(Locale.ROOT, "Z%05d", zones.size());
                zones.add(new Zone(zoneCode, size == 1 ? ZoneType.SINGLE : ZoneType.MULTI, codes));
                zoneSchools.add(members);
                i += size;
            }
        }

        // Skewed demand: a zone draws children in proportion to its seats times a popularity factor 0.7 + 1.2u^3
        // (mean 1; about a third of the zones are oversubscribed, the hottest almost twice over).
        double[] cumulative = new double[zones.size()];
        double total = 0;
        for (int z = 0; z < zones.size(); z++) {
            int zoneSeats = 0;
            for (int s : zoneSchools.get(z)) {
                zoneSeats += capacity[s];
            }
            double u = random.nextDouble();
            total += zoneSeats * (0.7 + 1.2 * u * u * u);
            cumulative[z] = total;
        }
        // Within a multi-school zone parents favour some schools: attractiveness u^2 plus noise orders the lists.
        double[] attractiveness = new double[schools];
        for (int s = 0; s < schools; s++) {
            double u = random.nextDouble();
            attractiveness[s] = u * u;
        }

        Set<String> publicIds = new HashSet<>(2 * children);
        List<Child> list = new ArrayList<>(children);
        long[] candidates = new long[64];
        for (int c = 0; c < children; c++) {
            String publicId;
            do {
                publicId = String.format(Locale.ROOT, "P2027-%012X", random.nextLong() & 0xFFFF_FFFF_FFFFL);
            } while (!publicIds.add(publicId));

            int tierDraw = random.nextInt(100);
            int tierRank = tierDraw < 55 ? 1 : tierDraw < 80 ? 2 : tierDraw < 98 ? 3 : 4;
            int z = zoneOf(cumulative, random.nextDouble() * total);
            int[] members = zoneSchools.get(z);
            int anchor = members[random.nextInt(members.length)];
            double hx = x[anchor] + random.nextDouble() - 0.5;
            double hy = y[anchor] + random.nextDouble() - 0.5;
            // outside every zone: lives where it lives, but has no zone and the last tier
            boolean outside = tierRank == 4;

            List<String> nearbySchools = nearest(
                    hx, hy, x, y, cols, rows, schools, nearby, outside ? new int[0] : members, code, candidates);

            List<String> preferences = List.of();
            if (!outside && members.length > 1) {
                int ranked = 1 + random.nextInt(members.length);
                Integer[] order = new Integer[members.length];
                double[] score = new double[members.length];
                for (int k = 0; k < members.length; k++) {
                    order[k] = k;
                    score[k] = attractiveness[members[k]] + 0.3 * random.nextDouble();
                }
                Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
                String[] chosen = new String[ranked];
                for (int k = 0; k < ranked; k++) {
                    chosen[k] = code[members[order[k]]];
                }
                preferences = List.of(chosen);
            }

            boolean warning = !outside && random.nextInt(100) < 5;
            String sibling = null;
            if (random.nextInt(100) < 3) {
                sibling = !outside && random.nextInt(10) < 7
                        ? code[members[random.nextInt(members.length)]]
                        : nearbySchools.get(random.nextInt(Math.min(5, nearbySchools.size())));
            }
            Disability disability = null;
            if (random.nextInt(1000) < 2) {
                int kind = random.nextInt(10);
                if (kind < 7) {
                    disability = new Disability(
                            DisabilityPlacement.REGULAR_CLASS,
                            random.nextBoolean() ? nearbySchools.get(random.nextInt(3)) : null);
                } else if (kind < 9) {
                    disability = new Disability(DisabilityPlacement.SPECIAL_SCHOOL, SPECIAL_SCHOOL_CODE);
                } else {
                    disability = new Disability(DisabilityPlacement.HOME_TEACHING, null);
                }
            }
            list.add(new Child(
                    publicId,
                    tierRank,
                    outside ? null : zones.get(z).zoneCode(),
                    preferences,
                    warning,
                    sibling,
                    null,
                    disability,
                    nearbySchools));
        }
        if (canonicalOrder) {
            // as a run reads them from the stored canonical input text; ids are ASCII, so String order is UTF-8 order
            list.sort(Comparator.comparing(Child::publicId));
        }
        return new DistrictInput("220602", "PRIMARY", 2027, TIERS, seats, zones, list);
    }

    private static int zoneOf(double[] cumulative, double point) {
        int i = Arrays.binarySearch(cumulative, point);
        return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
    }

    /**
     * The {@code limit} schools nearest to (hx, hy) among the schools of the 7 x 7 cells around it, plus any of
     * {@code mustInclude} beyond them, nearest first. Keys pack the squared distance (in millionths of a cell) above
     * the school index, so one primitive sort orders them.
     */
    private static List<String> nearest(
            double hx,
            double hy,
            double[] x,
            double[] y,
            int cols,
            int rows,
            int schools,
            int limit,
            int[] mustInclude,
            String[] code,
            long[] keys) {
        int cx = (int) Math.floor(hx);
        int cy = (int) Math.floor(hy);
        int n = 0;
        for (int r = Math.max(0, cy - 3); r <= Math.min(rows - 1, cy + 3); r++) {
            for (int c = Math.max(0, cx - 3); c <= Math.min(cols - 1, cx + 3); c++) {
                int s = r * cols + c;
                if (s < schools) {
                    keys[n++] = key(hx, hy, x, y, s);
                }
            }
        }
        Arrays.sort(keys, 0, n);
        int taken = Math.min(limit, n);
        long[] chosen = Arrays.copyOf(keys, taken + mustInclude.length);
        for (int s : mustInclude) {
            long k = key(hx, hy, x, y, s);
            boolean present = false;
            for (int i = 0; i < taken && !present; i++) {
                present = chosen[i] == k;
            }
            if (!present) {
                chosen[taken++] = k;
            }
        }
        Arrays.sort(chosen, 0, taken);
        String[] out = new String[taken];
        for (int i = 0; i < taken; i++) {
            out[i] = code[(int) (chosen[i] & ((1 << 20) - 1))];
        }
        return List.of(out);
    }

    private static long key(double hx, double hy, double[] x, double[] y, int s) {
        double dx = x[s] - hx;
        double dy = y[s] - hy;
        return ((long) ((dx * dx + dy * dy) * 1e6) << 20) | s;
    }
}
