package cn.baishan.enrollment.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Worked by hand, so the reference is checked against something other than the array engine. */
class BothEnginesTest {

    private final InvariantChecker checker = new InvariantChecker();

    static Stream<DeferredAcceptance> engines() {
        return Stream.of(new ArrayDeferredAcceptance(), new ReferenceDeferredAcceptance());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void an_eviction_chain_ends_with_everybody_placed_by_tier_then_lottery(DeferredAcceptance engine) {
        // Schools 0, 1, 2 with one seat each. Applicant 0 (lottery 1) ranks 1, 0; applicant 1 (lottery 2) ranks
        // 0 (tier 2), 1, 2; applicant 2 (lottery 3) ranks 0, 2, tier 1 everywhere else. Applicant 2 evicts 1 at
        // school 0 on tier; 1 loses school 1 to 0 on lottery and ends at school 2.
        AllocationProblem problem = new AllocationProblem(
                new int[] {1, 1, 1},
                new long[] {1, 2, 3},
                new int[] {0, 2, 5, 7},
                new int[] {1, 0, 0, 1, 2, 0, 2},
                new int[] {1, 1, 2, 1, 1, 1, 1});

        assertThat(engine.run(problem).schoolOf()).containsExactly(1, 2, 0);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void of_two_stable_results_the_engines_give_the_one_the_applicants_prefer(DeferredAcceptance engine) {
        // Applicant 0 ranks school 0 then 1, applicant 1 ranks 1 then 0, but each school gives the better tier
        // to the applicant who ranks it second. Both "each gets its first choice" and "each gets its second"
        // are stable and waste nothing; applicant-proposing deferred acceptance gives the first.
        AllocationProblem problem = new AllocationProblem(
                new int[] {1, 1}, new long[] {1, 2}, new int[] {0, 2, 4}, new int[] {0, 1, 1, 0}, new int[] {2, 1, 2, 1
                });

        assertThat(engine.run(problem).schoolOf()).containsExactly(0, 1);
        assertThat(checker.check(problem, new Assignment(new int[] {1, 0}))).isEmpty();
    }
}
