package cn.baishan.enrollment.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArrayDeferredAcceptanceTest {

    private static final int U = Assignment.UNASSIGNED;

    private final ArrayDeferredAcceptance engine = new ArrayDeferredAcceptance();
    private final InvariantChecker checker = new InvariantChecker();

    @Test
    void a_better_tier_displaces_a_held_applicant_who_then_gets_its_second_choice() {
        // applicant 0 (tier 3 at school 0) proposes first and is held, then applicant 1 (tier 1) takes the seat;
        // 0 moves on to school 1. Applicant 2 wants only school 0 and loses to 1 on tier.
        AllocationProblem problem = new AllocationProblem(
                new int[] {1, 1}, new long[] {1, 2, 3}, new int[] {0, 2, 3, 4}, new int[] {0, 1, 0, 0}, new int[] {
                    3, 1, 1, 2
                });

        assertThat(engine.run(problem).schoolOf()).containsExactly(1, 0, U);
    }

    @Test
    void within_one_tier_the_smaller_lottery_number_wins() {
        AllocationProblem problem = new AllocationProblem(
                new int[] {2}, new long[] {30, -5, 7}, new int[] {0, 1, 2, 3}, new int[] {0, 0, 0}, new int[] {1, 1, 1
                });

        assertThat(engine.run(problem).schoolOf()).containsExactly(U, 0, 0);
    }

    @Test
    void a_better_tier_beats_any_lottery_number() {
        AllocationProblem problem = new AllocationProblem(
                new int[] {1}, new long[] {1, 1_000_000}, new int[] {0, 1, 2}, new int[] {0, 0}, new int[] {2, 1});

        assertThat(engine.run(problem).schoolOf()).containsExactly(U, 0);
    }

    @Test
    void a_school_without_seats_admits_nobody_and_its_applicants_move_on() {
        AllocationProblem problem = new AllocationProblem(
                new int[] {0, 1}, new long[] {1, 2}, new int[] {0, 2, 3}, new int[] {0, 1, 0}, new int[] {1, 1, 1});

        assertThat(engine.run(problem).schoolOf()).containsExactly(1, U);
    }

    @Test
    void an_applicant_without_preferences_stays_unassigned() {
        AllocationProblem problem = new AllocationProblem(
                new int[] {5}, new long[] {1, 2}, new int[] {0, 0, 1}, new int[] {0}, new int[] {1});

        assertThat(engine.run(problem).schoolOf()).containsExactly(U, 0);
    }

    @Test
    void an_empty_problem_gives_an_empty_assignment() {
        AllocationProblem problem =
                new AllocationProblem(new int[0], new long[0], new int[] {0}, new int[0], new int[0]);

        assertThat(engine.run(problem).schoolOf()).isEmpty();
    }

    @Test
    void a_school_with_more_seats_than_applicants_admits_everybody_who_ranks_it_first() {
        AllocationProblem problem = new AllocationProblem(
                new int[] {Integer.MAX_VALUE, 1},
                new long[] {3, 2, 1},
                new int[] {0, 1, 2, 4},
                new int[] {0, 0, 1, 0},
                new int[] {3, 3, 3, 3});

        assertThat(engine.run(problem).schoolOf()).containsExactly(0, 0, 1);
    }

    @Test
    void extreme_lottery_numbers_and_the_largest_tier_keep_their_order() {
        AllocationProblem problem = new AllocationProblem(
                new int[] {2},
                new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 0},
                new int[] {0, 1, 2, 3},
                new int[] {0, 0, 0},
                new int[] {0, AllocationProblem.MAX_TIER, 0});

        assertThat(engine.run(problem).schoolOf()).containsExactly(0, U, 0);
    }

    @Test
    void a_lottery_number_drawn_twice_is_rejected() {
        AllocationProblem problem = new AllocationProblem(
                new int[] {1}, new long[] {4, 4}, new int[] {0, 1, 2}, new int[] {0, 0}, new int[] {1, 1});

        assertThatThrownBy(() -> engine.run(problem))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("drawn twice");
    }

    @Test
    void the_same_input_gives_identical_arrays_run_after_run_and_leaves_the_input_untouched() {
        AllocationProblem problem = RandomProblems.large(42, 60_000, 400, 10);
        AllocationProblem copy = RandomProblems.large(42, 60_000, 400, 10);

        int[] first = engine.run(problem).schoolOf();
        int[] second = engine.run(problem).schoolOf();
        int[] fromCopy = new ArrayDeferredAcceptance().run(copy).schoolOf();

        assertThat(second).isEqualTo(first);
        assertThat(fromCopy).isEqualTo(first);
        assertThat(problem.lottery()).isEqualTo(copy.lottery());
        assertThat(problem.prefStart()).isEqualTo(copy.prefStart());
    }

    @Test
    void a_large_skewed_instance_breaks_no_invariant() {
        AllocationProblem problem = RandomProblems.large(7, 200_000, 600, 10);

        Assignment assignment = engine.run(problem);

        assertThat(checker.check(problem, assignment)).isEmpty();
        assertThat(assignment.schoolOf()).contains(U); // skewed demand: some are left for the district
    }

    @Test
    void a_medium_skewed_instance_matches_the_reference() {
        for (long seed = 1; seed <= 3; seed++) {
            AllocationProblem problem = RandomProblems.large(seed, 3_000, 40, 6);

            assertThat(engine.run(problem).schoolOf())
                    .as("seed %d", seed)
                    .isEqualTo(new ReferenceDeferredAcceptance().run(problem).schoolOf());
        }
    }
}
