package cn.baishan.enrollment.allocation.district;

import static cn.baishan.enrollment.allocation.district.Districts.district;
import static cn.baishan.enrollment.allocation.district.Districts.kid;
import static cn.baishan.enrollment.allocation.district.Districts.placement;
import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.allocation.district.DistrictResult.DistrictViolation;
import cn.baishan.enrollment.allocation.district.DistrictResult.Outcome;
import cn.baishan.enrollment.allocation.district.DistrictResult.Placement;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.district.DistrictResult.SchoolOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Hand-made broken results of one small district: the checker must name each broken rule, so it cannot pass
 * vacuously. The district: A (1 seat, zone ZA), B (2 seats, 1 reserved, zone ZB), C (4 seats, no zone). P1 tier 1
 * and P2 tier 2 live in ZA; P3 and P4 are tier 1 in ZB; PW is a warning-period arrival in ZA; PO has no zone.
 */
class DistrictInvariantsTest {

    private final DistrictInput input = district()
            .school("A", 1)
            .school("B", 2, 1)
            .school("C", 4)
            .single("ZA", "A")
            .single("ZB", "B")
            .child(kid("P1", 1, "ZA").nearby("A", "B", "C"))
            .child(kid("P2", 2, "ZA").nearby("A", "B", "C"))
            .child(kid("P3", 1, "ZB").nearby("B", "A", "C"))
            .child(kid("P4", 1, "ZB").nearby("B", "A", "C"))
            .child(kid("PW", 1, "ZA").warning().nearby("A", "B", "C"))
            .child(kid("PO", 4, null).nearby("C"))
            .input();

    private final DistrictResult correct = DistrictAllocation.run(input, Districts.SEED);

    private List<DistrictViolation> check(DistrictResult broken) {
        return DistrictInvariants.check(input, broken);
    }

    private DistrictResult with(UnaryOperator<List<Placement>> change) {
        return new DistrictResult(
                correct.inputDigest(),
                correct.seedHex(),
                correct.algorithmVersion(),
                change.apply(new ArrayList<>(correct.placements())),
                correct.cutoffs(),
                correct.schools(),
                List.of());
    }

    private static List<Placement> move(
            List<Placement> placements, String id, Outcome outcome, String school, Route route) {
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (p.publicId().equals(id)) {
                placements.set(i, new Placement(id, p.lotteryNumber(), p.lotteryRank(), outcome, school, route));
            }
        }
        return placements;
    }

    /** The school outcomes as they would be written for the given placements (so only the targeted rule breaks). */
    private static DistrictResult recount(DistrictResult result) {
        List<SchoolOutcome> schools = new ArrayList<>();
        boolean unplaced = result.placements().stream().anyMatch(p -> p.outcome() == Outcome.UNPLACED);
        for (SchoolOutcome s : result.schools()) {
            int admitted = (int) result.placements().stream()
                    .filter(p ->
                            p.outcome() == Outcome.ADMITTED && s.schoolCode().equals(p.schoolCode()))
                    .count();
            String reason = DistrictPhases.emptyReason(s.seats(), s.reservedSeats(), admitted, unplaced);
            schools.add(new SchoolOutcome(
                    s.schoolCode(),
                    s.seats(),
                    s.reservedSeats(),
                    admitted,
                    s.seats() - admitted,
                    reason.equals("UNEXPLAINED") ? "NO_APPLICANT_LEFT" : reason));
        }
        return new DistrictResult(
                result.inputDigest(),
                result.seedHex(),
                result.algorithmVersion(),
                result.placements(),
                result.cutoffs(),
                schools,
                List.of());
    }

    private static List<String> rules(List<DistrictViolation> violations) {
        return violations.stream().map(DistrictViolation::rule).toList();
    }

    private String winnerOfB() {
        return placement(correct, "P3").schoolCode().equals("B") ? "P3" : "P4";
    }

    @Test
    void the_correct_result_has_no_violation() {
        assertThat(correct.violations()).isEmpty();
        assertThat(check(correct)).isEmpty();
        assertThat(Districts.at(correct, "P1")).isEqualTo("A/IN_ZONE/ADMITTED");
        assertThat(Districts.at(correct, "P2")).isEqualTo("C/OVERFLOW/ADMITTED");
        assertThat(Districts.at(correct, "PW")).isEqualTo("C/OVERFLOW/ADMITTED");
    }

    @Test
    void a_school_over_its_seats_is_caught() {
        List<DistrictViolation> v = check(recount(with(p -> move(p, "P2", Outcome.ADMITTED, "A", Route.OVERFLOW))));

        assertThat(v)
                .filteredOn(x -> x.rule().equals("OVER_CAPACITY"))
                .singleElement()
                .satisfies(x -> assertThat(x.subject()).isEqualTo("A"));
    }

    @Test
    void reserved_seats_count_as_taken_for_the_capacity() {
        String loser = winnerOfB().equals("P3") ? "P4" : "P3";
        List<DistrictViolation> v = check(recount(with(p -> move(p, loser, Outcome.ADMITTED, "B", Route.IN_ZONE))));

        assertThat(v)
                .filteredOn(x -> x.rule().equals("OVER_CAPACITY"))
                .singleElement()
                .satisfies(x -> assertThat(x.detail()).contains("admitted 2 for 1 seats (2 planned, 1 reserved)"));
    }

    @Test
    void a_child_placed_twice_is_caught() {
        List<DistrictViolation> v = check(with(p -> {
            p.add(p.get(0));
            return p;
        }));

        assertThat(v).extracting(DistrictViolation::rule).contains("ASSIGNED_TWICE");
    }

    @Test
    void a_missing_placement_is_caught() {
        List<DistrictViolation> v = check(with(p -> {
            p.remove(0);
            return p;
        }));

        assertThat(v)
                .filteredOn(x -> x.rule().equals("MALFORMED"))
                .singleElement()
                .satisfies(x -> assertThat(x.detail()).contains("no placement"));
    }

    @Test
    void an_unplaced_child_while_a_seat_is_free_is_caught() {
        List<DistrictViolation> v = check(recount(with(p -> move(p, "PO", Outcome.UNPLACED, null, Route.OVERFLOW))));

        assertThat(v)
                .filteredOn(x -> x.rule().equals("UNPLACED_WITH_FREE_SEAT"))
                .singleElement()
                .satisfies(x -> assertThat(x.subject()).isEqualTo("PO"));
    }

    @Test
    void a_worse_tier_admitted_before_a_better_one_is_caught() {
        // P2 (tier 2) takes the zone seat at A, P1 (tier 1) is sent to the overall arrangement.
        List<DistrictViolation> v = check(recount(with(p -> move(
                move(p, "P2", Outcome.ADMITTED, "A", Route.IN_ZONE), "P1", Outcome.ADMITTED, "C", Route.OVERFLOW))));

        assertThat(v)
                .filteredOn(x -> x.rule().equals("TIER_PRECEDENCE"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.subject()).isEqualTo("A");
                    assertThat(x.detail()).contains("admitted P2").contains("turned away P1");
                });
    }

    @Test
    void a_worse_lottery_rank_admitted_in_zone_within_one_tier_is_justified_envy() {
        String winner = winnerOfB();
        String loser = winner.equals("P3") ? "P4" : "P3";
        String loserSchool = placement(correct, loser).schoolCode();
        Route loserRoute = placement(correct, loser).route();
        List<DistrictViolation> v = check(recount(with(p -> move(
                move(p, loser, Outcome.ADMITTED, "B", Route.IN_ZONE),
                winner,
                Outcome.ADMITTED,
                loserSchool,
                loserRoute))));

        assertThat(v)
                .filteredOn(x -> x.rule().equals("JUSTIFIED_ENVY"))
                .singleElement()
                .satisfies(x -> assertThat(x.detail()).contains("turned away " + winner));
    }

    @Test
    void a_school_turning_a_child_away_while_it_has_a_seat_left_is_caught() {
        // P1 is sent to C although its zone school A would have had its seat.
        List<DistrictViolation> v = check(recount(with(p -> move(p, "P1", Outcome.ADMITTED, "C", Route.OVERFLOW))));

        assertThat(v).filteredOn(x -> x.rule().equals("WASTEFUL")).anySatisfy(x -> assertThat(x.subject())
                .isEqualTo("A"));
    }

    @Test
    void an_empty_seat_with_a_wrong_reason_is_caught() {
        List<SchoolOutcome> schools = new ArrayList<>(correct.schools());
        SchoolOutcome c = schools.get(2);
        schools.set(
                2,
                new SchoolOutcome(
                        c.schoolCode(), c.seats(), c.reservedSeats(), c.admitted(), c.emptySeats(), "RESERVED"));
        DistrictResult broken = new DistrictResult(
                correct.inputDigest(),
                correct.seedHex(),
                correct.algorithmVersion(),
                correct.placements(),
                correct.cutoffs(),
                schools,
                List.of());

        assertThat(check(broken))
                .filteredOn(x -> x.rule().equals("EMPTY_SEAT_UNEXPLAINED"))
                .singleElement()
                .satisfies(x -> assertThat(x.subject()).isEqualTo("C"));
    }

    @Test
    void an_empty_seat_while_a_child_is_unplaced_is_unexplained() {
        // recount() writes NO_APPLICANT_LEFT for C's empty seat, which is false while PO is unplaced.
        List<DistrictViolation> v = check(recount(with(p -> move(p, "PO", Outcome.UNPLACED, null, Route.OVERFLOW))));

        assertThat(v)
                .filteredOn(x -> x.rule().equals("EMPTY_SEAT_UNEXPLAINED"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.subject()).isEqualTo("C");
                    assertThat(x.detail()).contains("children are unplaced");
                });
    }

    @Test
    void a_school_outside_the_allocation_is_caught() {
        List<DistrictViolation> v = check(with(p -> move(p, "PO", Outcome.ADMITTED, "Z9", Route.OVERFLOW)));

        assertThat(v)
                .filteredOn(x -> x.rule().equals("UNKNOWN_SCHOOL"))
                .singleElement()
                .satisfies(x -> assertThat(x.detail()).contains("Z9"));
    }

    @Test
    void a_placement_a_phase_cannot_give_is_caught() {
        // The warning-period arrival PW may not be placed by the in-zone phase; P1 cannot get B "in zone".
        List<DistrictViolation> v = check(recount(with(p -> move(p, "PW", Outcome.ADMITTED, "C", Route.IN_ZONE))));
        assertThat(v).filteredOn(x -> x.rule().equals("ROUTE_NOT_ALLOWED")).anySatisfy(x -> assertThat(x.subject())
                .isEqualTo("PW"));

        List<DistrictViolation> w =
                check(recount(with(p -> move(p, "PO", Outcome.HOME_TEACHING, null, Route.DISABILITY))));
        assertThat(w).filteredOn(x -> x.rule().equals("ROUTE_NOT_ALLOWED")).anySatisfy(x -> assertThat(x.detail())
                .contains("expert committee"));
    }

    @Test
    void a_run_on_input_with_an_unknown_school_is_blocked() {
        DistrictInput bad = district()
                .school("A", 1)
                .multi("M", "A", "GHOST")
                .child(kid("P1", 1, "M"))
                .input();

        assertThat(DistrictAllocation.run(bad, Districts.SEED).violations())
                .extracting(DistrictViolation::rule, DistrictViolation::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNKNOWN_SCHOOL", "M"));
    }
}
