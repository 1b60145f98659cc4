package cn.baishan.enrollment.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.allocation.engine.RandomProblems.Shape;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded random instances of every shape: the array engine must give exactly the reference engine's result, and
 * the invariant checker must find nothing wrong with it. A failure names the seed and shape to replay.
 */
class DeferredAcceptancePropertyTest {

    private static final int RUNS_PER_SHAPE = 1_500;

    private final DeferredAcceptance engine = new ArrayDeferredAcceptance();
    private final DeferredAcceptance reference = new ReferenceDeferredAcceptance();
    private final InvariantChecker checker = new InvariantChecker();

    @ParameterizedTest
    @EnumSource(Shape.class)
    void the_array_engine_matches_the_reference_and_breaks_no_invariant(Shape shape) {
        long baseSeed = 0x5EED_0000L + shape.ordinal() * 1_000_000L;
        for (int run = 0; run < RUNS_PER_SHAPE; run++) {
            long seed = baseSeed + run;
            AllocationProblem problem = RandomProblems.generate(seed, shape);
            int[] actual = engine.run(problem).schoolOf();
            int[] expected = reference.run(problem).schoolOf();
            assertThat(actual)
                    .as("seed %d, shape %s, expected %s", seed, shape, Arrays.toString(expected))
                    .containsExactly(expected);
            assertThat(checker.check(problem, new Assignment(actual)))
                    .as("seed %d, shape %s", seed, shape)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void the_random_instances_really_contain_the_hard_cases(Shape shape) {
        // Guards the property above against a generator that drifts into trivial instances.
        int withUnassigned = 0;
        int withEmptyList = 0;
        int withClosedSchool = 0;
        int withFullSchool = 0;
        for (int run = 0; run < 300; run++) {
            AllocationProblem problem =
                    RandomProblems.generate(0x5EED_0000L + shape.ordinal() * 1_000_000L + run, shape);
            int[] schoolOf = engine.run(problem).schoolOf();
            int[] admitted = new int[problem.schools()];
            for (int s : schoolOf) {
                if (s == Assignment.UNASSIGNED) {
                    continue;
                }
                admitted[s]++;
            }
            withUnassigned += Arrays.stream(schoolOf).anyMatch(s -> s == Assignment.UNASSIGNED) ? 1 : 0;
            boolean empty = false;
            for (int a = 0; a < problem.applicants(); a++) {
                empty |= problem.prefStart()[a] == problem.prefStart()[a + 1];
            }
            withEmptyList += empty ? 1 : 0;
            withClosedSchool += Arrays.stream(problem.capacity()).anyMatch(c -> c == 0) ? 1 : 0;
            boolean full = false;
            for (int s = 0; s < problem.schools(); s++) {
                full |= problem.capacity()[s] > 0 && admitted[s] == problem.capacity()[s];
            }
            withFullSchool += full ? 1 : 0;
        }
        assertThat(withUnassigned).as("instances with someone unassigned").isPositive();
        assertThat(withFullSchool).as("instances with a full school").isPositive();
        if (shape != Shape.IDENTICAL_PREFERENCES) {
            assertThat(withEmptyList).as("instances with an empty list").isPositive();
        }
        if (shape == Shape.MIXED || shape == Shape.MANY_CLOSED) {
            assertThat(withClosedSchool).as("instances with a 0-seat school").isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void the_reference_engine_breaks_no_invariant_either(Shape shape) {
        long baseSeed = 0xBEEF_0000L + shape.ordinal() * 1_000_000L;
        for (int run = 0; run < 300; run++) {
            long seed = baseSeed + run;
            AllocationProblem problem = RandomProblems.generate(seed, shape);
            assertThat(checker.check(problem, reference.run(problem)))
                    .as("seed %d, shape %s", seed, shape)
                    .isEmpty();
        }
    }
}
