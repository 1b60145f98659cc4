package cn.baishan.enrollment.allocation.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded random allocation problems of a chosen shape; the same seed always gives the same problem. */
final class RandomProblems {

    enum Shape {
        /** Few tiers so many applicants share one, seats scarce, lists of random length including empty. */
        MIXED,
        /** Every school has exactly one seat. */
        CAPACITY_ONE,
        /** About half the schools have no seat at all. */
        MANY_CLOSED,
        /** Everybody ranks the same schools in the same order (tiers still differ). */
        IDENTICAL_PREFERENCES,
        /** More seats in total than applicants. */
        MORE_SEATS_THAN_APPLICANTS,
        /** Everybody in one tier everywhere: the lottery alone decides. */
        ONE_TIER
    }

    private RandomProblems() {}

    static AllocationProblem generate(long seed, Shape shape) {
        Random random = new Random(seed);
        int applicants = random.nextInt(40);
        int schools = 1 + random.nextInt(7);
        int[] capacity = new int[schools];
        for (int s = 0; s < schools; s++) {
            capacity[s] = switch (shape) {
                case CAPACITY_ONE -> 1;
                case MANY_CLOSED -> random.nextBoolean() ? 0 : 1 + random.nextInt(4);
                case MORE_SEATS_THAN_APPLICANTS -> applicants / schools + 1 + random.nextInt(3);
                default -> random.nextInt(5);
            };
        }

        long[] lottery = new long[applicants];
        Set<Long> drawn = new HashSet<>();
        // Half the instances draw from a small range (negative numbers, near neighbours, the engine's counting
        // path), half from all 64-bit values (its sorting path).
        boolean wide = random.nextBoolean();
        for (int a = 0; a < applicants; a++) {
            long number;
            do {
                number = wide ? random.nextLong() : random.nextInt(4 * applicants + 1) - applicants;
            } while (!drawn.add(number));
            lottery[a] = number;
        }

        List<Integer> sharedOrder = shuffledSchools(random, schools);
        int[] prefStart = new int[applicants + 1];
        List<Integer> schoolList = new ArrayList<>();
        List<Integer> tierList = new ArrayList<>();
        for (int a = 0; a < applicants; a++) {
            List<Integer> order = shape == Shape.IDENTICAL_PREFERENCES ? sharedOrder : shuffledSchools(random, schools);
            int length = shape == Shape.IDENTICAL_PREFERENCES ? schools : random.nextInt(schools + 1);
            for (int i = 0; i < length; i++) {
                schoolList.add(order.get(i));
                tierList.add(shape == Shape.ONE_TIER ? 1 : 1 + random.nextInt(3));
            }
            prefStart[a + 1] = schoolList.size();
        }
        return new AllocationProblem(
                capacity,
                lottery,
                prefStart,
                schoolList.stream().mapToInt(Integer::intValue).toArray(),
                tierList.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * A large instance with skewed popularity (the first schools are wanted by many), three tiers and distinct
     * lottery numbers, built straight into arrays.
     */
    static AllocationProblem large(long seed, int applicants, int schools, int choices) {
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

    private static List<Integer> shuffledSchools(Random random, int schools) {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            order.add(s);
        }
        java.util.Collections.shuffle(order, random);
        return order;
    }
}
