package cn.baishan.enrollment.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.allocation.engine.Violation.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made wrong results: the checker must name each broken invariant, so it cannot pass vacuously. */
class InvariantCheckerTest {

    private static final int U = Assignment.UNASSIGNED;

    private final InvariantChecker checker = new InvariantChecker();

    /**
     * Two schools of one seat each. Applicant 0 (lottery 1) and applicant 1 (lottery 2) both rank school 0 then
     * school 1, all in tier 1; applicant 2 (lottery 3) ranks only school 1. The correct result is 0, 1, unassigned.
     */
    private final AllocationProblem twoSeats = new AllocationProblem(
            new int[] {1, 1}, new long[] {1, 2, 3}, new int[] {0, 2, 4, 5}, new int[] {0, 1, 0, 1, 1}, new int[] {
                1, 1, 1, 1, 1
            });

    @Test
    void the_correct_result_has_no_violation() {
        assertThat(checker.check(twoSeats, new Assignment(new int[] {0, 1, U}))).isEmpty();
        assertThat(checker.check(twoSeats, new int[][] {{0}, {1}})).isEmpty();
    }

    @Test
    void a_school_over_its_seats_is_caught() {
        List<Violation> violations = checker.check(twoSeats, new Assignment(new int[] {0, 0, 1}));

        assertThat(violations)
                .filteredOn(v -> v.kind() == Kind.OVER_CAPACITY)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.school()).isEqualTo(0);
                    assertThat(v.message()).contains("admitted 2 applicants for 1 seats");
                });
    }

    @Test
    void an_applicant_on_two_admitted_lists_is_caught() {
        List<Violation> violations = checker.check(twoSeats, new int[][] {{0}, {0}});

        assertThat(violations).extracting(Violation::kind).contains(Kind.ASSIGNED_TWICE);
        assertThat(violations)
                .filteredOn(v -> v.kind() == Kind.ASSIGNED_TWICE)
                .singleElement()
                .satisfies(v -> assertThat(v.applicant()).isEqualTo(0));
    }

    @Test
    void an_applicant_listed_twice_by_one_school_is_caught_and_counted_against_its_seats() {
        List<Violation> violations = checker.check(twoSeats, new int[][] {{0, 0}, {1}});

        assertThat(violations).extracting(Violation::kind).contains(Kind.ASSIGNED_TWICE, Kind.OVER_CAPACITY);
    }

    @Test
    void an_admission_to_a_school_the_applicant_did_not_rank_is_caught() {
        List<Violation> violations = checker.check(twoSeats, new Assignment(new int[] {1, U, 0}));

        assertThat(violations)
                .filteredOn(v -> v.kind() == Kind.NOT_IN_PREFERENCES)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.applicant()).isEqualTo(2);
                    assertThat(v.school()).isEqualTo(0);
                });
    }

    @Test
    void a_better_lottery_number_passed_over_in_the_same_tier_is_justified_envy() {
        // applicant 0 has the better lottery number but got its second choice while 1 took its first
        List<Violation> violations = checker.check(twoSeats, new Assignment(new int[] {1, 0, U}));

        assertThat(violations)
                .filteredOn(v -> v.kind() == Kind.JUSTIFIED_ENVY)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.applicant()).isEqualTo(0);
                    assertThat(v.school()).isEqualTo(0);
                    assertThat(v.message()).contains("admitted applicant 1");
                });
    }

    @Test
    void a_better_tier_passed_over_is_justified_envy_whatever_the_lottery_numbers() {
        // applicant 0 has tier 1, applicant 1 tier 2 but the better lottery number: the seat is 0's
        AllocationProblem problem = new AllocationProblem(
                new int[] {1}, new long[] {9, 1}, new int[] {0, 1, 2}, new int[] {0, 0}, new int[] {1, 2});

        assertThat(checker.check(problem, new Assignment(new int[] {U, 0})))
                .extracting(Violation::kind, Violation::applicant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.JUSTIFIED_ENVY, 0));
        assertThat(checker.check(problem, new Assignment(new int[] {0, U}))).isEmpty();
    }

    @Test
    void an_unassigned_applicant_facing_a_free_seat_it_ranked_is_waste() {
        List<Violation> violations = checker.check(twoSeats, new Assignment(new int[] {0, U, U}));

        assertThat(violations)
                .extracting(Violation::kind, Violation::applicant, Violation::school)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Kind.WASTEFUL, 1, 1),
                        org.assertj.core.groups.Tuple.tuple(Kind.WASTEFUL, 2, 1));
    }

    @Test
    void an_applicant_placed_below_a_higher_ranked_school_with_a_free_seat_is_waste() {
        AllocationProblem problem = new AllocationProblem(
                new int[] {1, 1}, new long[] {1}, new int[] {0, 2}, new int[] {0, 1}, new int[] {1, 1});

        assertThat(checker.check(problem, new Assignment(new int[] {1})))
                .extracting(Violation::kind)
                .containsExactly(Kind.WASTEFUL);
    }

    @Test
    void a_school_without_seats_is_never_a_free_seat() {
        AllocationProblem problem = new AllocationProblem(
                new int[] {0, 1}, new long[] {1}, new int[] {0, 2}, new int[] {0, 1}, new int[] {1, 1});

        assertThat(checker.check(problem, new Assignment(new int[] {1}))).isEmpty();
    }

    @Test
    void a_result_that_does_not_fit_the_problem_is_malformed() {
        assertThat(checker.check(twoSeats, new Assignment(new int[] {0, 1})))
                .extracting(Violation::kind)
                .containsExactly(Kind.MALFORMED);
        assertThat(checker.check(twoSeats, new Assignment(new int[] {0, 7, U})))
                .extracting(Violation::kind)
                .containsExactly(Kind.MALFORMED);
        assertThat(checker.check(twoSeats, new int[][] {{0}}))
                .extracting(Violation::kind)
                .containsExactly(Kind.MALFORMED);
    }

    @Test
    void every_violation_reads_as_its_kind_and_message() {
        Violation violation =
                checker.check(twoSeats, new Assignment(new int[] {0, U, U})).get(0);

        assertThat(violation.toString()).startsWith("WASTEFUL: applicant 1 ranked school 1");
    }
}
