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
