package cn.baishan.enrollment.allocation.district;

import static cn.baishan.enrollment.allocation.district.Districts.at;
import static cn.baishan.enrollment.allocation.district.Districts.district;
import static cn.baishan.enrollment.allocation.district.Districts.kid;
import static cn.baishan.enrollment.allocation.district.Districts.placement;
import static cn.baishan.enrollment.allocation.district.Districts.rank;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.allocation.district.DistrictInput.DisabilityPlacement;
import cn.baishan.enrollment.allocation.district.DistrictResult.Cutoff;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.district.DistrictResult.SchoolOutcome;
import cn.baishan.enrollment.allocation.lottery.LotteryDraw;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked districts, one per rule of the published algorithm; every run must also be free of violations. */
class DistrictAllocationTest {

    private static SchoolOutcome school(DistrictResult result, String code) {
        return result.schools().stream()
                .filter(s -> s.schoolCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_undersubscribed_single_school_zone_admits_every_eligible_child() {
        DistrictResult result = district()
                .school("A", 5)
                .single("ZA", "A")
                .child(kid("P1", 1, "ZA"))
                .child(kid("P2", 3, "ZA"))
                .child(kid("P3", 2, "ZA"))
                .run();

        assertThat(result.violations()).isEmpty();
        assertThat(List.of(at(result, "P1"), at(result, "P2"), at(result, "P3")))
                .containsOnly("A/IN_ZONE/ADMITTED");
        assertThat(result.cutoffs()).as("nobody was turned away").isEmpty();
        assertThat(school(result, "A")).isEqualTo(new SchoolOutcome("A", 5, 0, 3, 2, "NO_APPLICANT_LEFT"));
    }

    @Test
    void an_oversubscribed_single_school_zone_admits_by_tier_then_lottery() {
        List<String> ids = List.of("P1", "P2", "P3", "P4");
        // Two seats: P2 (tier 1) surely; of the tier-2 children P1 and P3 the better lottery rank; P4 (tier 3) not.
        String tier2Winner = rank("P1", ids) < rank("P3", ids) ? "P1" : "P3";
        String tier2Loser = tier2Winner.equals("P1") ? "P3" : "P1";
        DistrictResult result = district()
                .school("A", 2)
                .school("B", 10)
                .single("ZA", "A")
                .single("ZB", "B")
                .child(kid("P1", 2, "ZA").nearby("A", "B"))
                .child(kid("P2", 1, "ZA").nearby("A", "B"))
                .child(kid("P3", 2, "ZA").nearby("A", "B"))
                .child(kid("P4", 3, "ZA").nearby("A", "B"))
                .run();

        assertThat(result.violations()).isEmpty();
        assertThat(at(result, "P2")).isEqualTo("A/IN_ZONE/ADMITTED");
        assertThat(at(result, tier2Winner)).isEqualTo("A/IN_ZONE/ADMITTED");
        assertThat(at(result, tier2Loser)).isEqualTo("B/OVERFLOW/ADMITTED");
        assertThat(at(result, "P4")).isEqualTo("B/OVERFLOW/ADMITTED");
        assertThat(result.cutoffs()).containsExactly(new Cutoff("A", Route.IN_ZONE, 2, rank(tier2Winner, ids)));
        assertThat(placement(result, "P2").lotteryRank()).isEqualTo(rank("P2", ids));
    }

    @Test
    void a_multi_school_zone_is_deferred_acceptance_where_the_school_prefers_the_better_tier() {
        // A and B have one seat each. P1 (tier 1) and P2 (tier 2) want A then B; P3 (tier 3) wants B then A.
        // Deferred acceptance: P1 holds A; P2 is refused by A and holds B; P3 is refused by B (tier 2 beats 3) and
        // by A; P3 goes to the overall arrangement, the nearest school with a seat: C.
        DistrictResult result = district()
                .school("A", 1)
                .school("B", 1)
                .school("C", 5)
                .multi("M", "A", "B")
                .child(kid("P1", 1, "M").prefs("A", "B").nearby("A", "B", "C"))
                .child(kid("P2", 2, "M").prefs("A", "B").nearby("A", "B", "C"))
                .child(kid("P3", 3, "M").prefs("B", "A").nearby("B", "A", "C"))
                .run();

        assertThat(result.violations()).isEmpty();
        assertThat(at(result, "P1")).isEqualTo("A/IN_ZONE/ADMITTED");
        assertThat(at(result, "P2")).isEqualTo("B/IN_ZONE/ADMITTED");
        assertThat(at(result, "P3")).isEqualTo("C/OVERFLOW/ADMITTED");
        List<String> ids = List.of("P1", "P2", "P3");
        assertThat(result.cutoffs())
                .containsExactly(
                        new Cutoff("A", Route.IN_ZONE, 1, rank("P1", ids)),
                        new Cutoff("B", Route.IN_ZONE, 2, rank("P2", ids)));
    }

    @Test
    void a_child_who_ranks_only_some_zone_schools_still_gets_the_others_nearest_first() {
        // P2 ranked only A and loses it to P1, but B and C are schools of the zone too: the nearest, C, takes P2.
        DistrictResult result = district()
                .school("A", 1)
                .school("B", 1)
                .school("C", 1)
                .multi("M", "A", "B", "C")
                .child(kid("P1", 1, "M").prefs("A"))
                .child(kid("P2", 2, "M").prefs("A").nearby("C", "A", "B"))
                .run();

        assertThat(result.violations()).isEmpty();
        assertThat(at(result, "P1")).isEqualTo("A/IN_ZONE/ADMITTED");
        assertThat(at(result, "P2")).isEqualTo("C/IN_ZONE/ADMITTED");
    }

    @Test
    void a_warning_period_arrival_is_placed_by_the_overall_arrangement_not_the_zone() {
        // PW is tier 1 but arrived in the warning period: P1 (tier 3) keeps the only zone seat.
        DistrictResult result = district()
                .school("A", 1)
                .school("B", 3)
                .single("ZA", "A")
                .child(kid("P1", 3, "ZA").nearby("A", "B"))
                .child(kid("PW", 1, "ZA").warning().nearby("A", "B"))
                .run();

        assertThat(result.violations()).isEmpty();
        assertThat(at(result, "P1")).isEqualTo("A/IN_ZONE/ADMITTED");
        assertThat(at(result, "PW")).isEqualTo("B/OVERFLOW/ADMITTED");
        assertThat(Explanations.of(
                                Districts.district()
                                        .school("A", 1)
                                        .school("B", 3)
                                        .single("ZA", "A")
                                        .child(kid("P1", 3, "ZA").nearby("A", "B"))
                                        .child(kid("PW", 1, "ZA").warning().nearby("A", "B"))
                                        .input(),
                                result,
                                "PW")
                        .reason())
                .contains("学位预警")
                .contains("B");
    }

    @Test
    void a_sibling_gets_only_a_seat_left_after_the_in_zone_children() {
        Districts full = district()
                .school("A", 2)
                .school("B", 5)
                .single("ZA", "A")
                .child(kid("P1", 2, "ZA").nearby("A", "B"))
                .child(kid("P2", 3, "ZA").nearby("A", "B"))
                .child(kid("PS", 4, null).sibling("A").nearby("A", "B"));
        DistrictResult noSeatLeft = full.run();

        assertThat(noSeatLeft.violations()).isEmpty();
        assertThat(at(noSeatLeft, "P1")).isEqualTo("A/IN_ZONE/ADMITTED");
        assertThat(at(noSeatLeft, "P2")).isEqualTo("A/IN_ZONE/ADMITTED");
        assertThat(at(noSeatLeft, "PS")).isEqualTo("B/OVERFLOW/ADMITTED");

        DistrictResult seatLeft = district()
                .school("A", 3)
                .school("B", 5)
                .single("ZA", "A")
                .child(kid("P1", 2, "ZA").nearby("A", "B"))
                .child(kid("P2", 3, "ZA").nearby("A", "B"))
                .child(kid("PS", 4, null).sibling("A").nearby("B", "A"))
                .run();

        assertThat(seatLeft.violations()).isEmpty();
        assertThat(at(seatLeft, "PS")).isEqualTo("A/SIBLING/ADMITTED");
    }

    @Test
    void disability_placements_are_binding_and_come_first() {
        // A has one seat; the committee placed PD (tier 2) in a regular class at A: PD takes it before P1 (tier 1).
        // PR has a regular-class placement without a named school: the nearest zone school with a seat, B.
        // PS goes to the special school (no regular seat used); PH is taught at home.
        DistrictResult result = district()
                .school("A", 1)
                .school("B", 2)
                .school("C", 5)
                .multi("M", "A", "B")
                .child(kid("P1", 1, "M").prefs("A", "B").nearby("A", "B", "C"))
                .child(kid("PD", 2, "M").disability(DisabilityPlacement.REGULAR_CLASS, "A"))
                .child(kid("PR", 3, "M")
                        .disability(DisabilityPlacement.REGULAR_CLASS, null)
                        .nearby("C", "A", "B"))
                .child(kid("PS", 1, "M").disability(DisabilityPlacement.SPECIAL_SCHOOL, "SPECIAL-1"))
                .child(kid("PH", 1, "M").disability(DisabilityPlacement.HOME_TEACHING, null))
                .run();

        assertThat(result.violations()).isEmpty();
        assertThat(at(result, "PD")).isEqualTo("A/DISABILITY/ADMITTED");
        assertThat(at(result, "PR")).isEqualTo("B/DISABILITY/ADMITTED");
        assertThat(at(result, "P1")).isEqualTo("B/IN_ZONE/ADMITTED");
        assertThat(at(result, "PS")).isEqualTo("SPECIAL-1/DISABILITY/SPECIAL_SCHOOL");
        assertThat(at(result, "PH")).isEqualTo("-/DISABILITY/HOME_TEACHING");
        assertThat(school(result, "C").admitted()).isZero();
    }

    @Test
    void direct_promotion_fills_the_paired_junior_school_in_priority_order() {
        List<String> ids = List.of("J1", "J2", "J3");
        DistrictResult result = district()
                .junior()
                .school("JA", 2)
                .school("JB", 5)
                .single("ZB", "JB")
                .child(kid("J1", 2, "ZB").promotion("JA"))
                .child(kid("J2", 1, "ZB").promotion("JA"))
                .child(kid("J3", 3, "ZB").promotion("JA"))
                .run();

        assertThat(result.violations()).isEmpty();
        assertThat(at(result, "J2")).isEqualTo("JA/DIRECT_PROMOTION/ADMITTED");
        assertThat(at(result, "J1")).isEqualTo("JA/DIRECT_PROMOTION/ADMITTED");
        assertThat(at(result, "J3")).isEqualTo("JB/IN_ZONE/ADMITTED");
        assertThat(result.cutoffs()).containsExactly(new Cutoff("JA", Route.DIRECT_PROMOTION, 2, rank("J1", ids)));
    }

    @Test
    void the_overall_arrangement_takes_the_nearest_school_with_a_spare_seat() {
        // C is nearest to PX but full after the zone; B is next nearest with a seat. PY has no known home: code order.
        DistrictResult result = district()
                .school("A", 3)
                .school("B", 3)
                .school("C", 1)
                .single("ZC", "C")
                .child(kid("P1", 1, "ZC"))
                .child(kid("PX", 4, null).nearby("C", "B", "A"))
                .child(kid("PY", 4, null))
                .run();

        assertThat(result.violations()).isEmpty();
        assertThat(at(result, "PX")).isEqualTo("B/OVERFLOW/ADMITTED");
        assertThat(at(result, "PY")).isEqualTo("A/OVERFLOW/ADMITTED");
    }

    @Test
    void a_child_is_unplaced_only_when_no_seat_is_left_in_the_district() {
        DistrictResult result = district()
                .school("A", 1)
                .school("B", 1)
                .single("ZA", "A")
                .child(kid("P1", 1, "ZA"))
                .child(kid("P2", 2, "ZA"))
                .child(kid("P3", 3, "ZA"))
                .run();

        assertThat(result.violations()).isEmpty();
        assertThat(at(result, "P1")).isEqualTo("A/IN_ZONE/ADMITTED");
        assertThat(at(result, "P2")).isEqualTo("B/OVERFLOW/ADMITTED");
        assertThat(at(result, "P3")).isEqualTo("-/OVERFLOW/UNPLACED");
        assertThat(result.schools()).extracting(SchoolOutcome::emptyReason).containsOnly("NONE");
        assertThat(Explanations.of(
                                district()
                                        .school("A", 1)
                                        .school("B", 1)
                                        .single("ZA", "A")
                                        .child(kid("P1", 1, "ZA"))
                                        .child(kid("P2", 2, "ZA"))
                                        .child(kid("P3", 3, "ZA"))
                                        .input(),
                                result,
                                "P3")
                        .reason())
                .contains("全区本学段学位已全部录满");
    }

    @Test
    void reserved_seats_stay_empty_and_are_explained() {
        // A plans 3 seats and reserves 1: two children get in, the third is arranged to B, and the empty seat at A
        // is RESERVED, not a seat a child was denied.
        DistrictResult result = district()
                .school("A", 3, 1)
                .school("B", 3)
                .single("ZA", "A")
                .child(kid("P1", 1, "ZA"))
                .child(kid("P2", 1, "ZA"))
                .child(kid("P3", 1, "ZA"))
                .run();

        assertThat(result.violations()).isEmpty();
        assertThat(school(result, "A")).isEqualTo(new SchoolOutcome("A", 3, 1, 2, 1, "RESERVED"));
        assertThat(school(result, "B")).isEqualTo(new SchoolOutcome("B", 3, 0, 1, 2, "NO_APPLICANT_LEFT"));
        assertThat(result.placements())
                .filteredOn(p -> p.route() == Route.OVERFLOW)
                .hasSize(1);
    }

    @Test
    void the_same_input_and_seed_give_the_identical_result_text_and_another_seed_another_lottery() {
        Districts d = district().school("A", 2).school("B", 2).multi("M", "A", "B");
        for (int i = 0; i < 20; i++) {
            d.child(kid("P2027-" + (100 + i), 1 + i % 3, "M").prefs(i % 2 == 0 ? "A" : "B"));
        }
        DistrictInput input = d.input();

        String first = DistrictResultText.write(DistrictAllocation.run(input, Districts.SEED));
        String second = DistrictResultText.write(
                DistrictAllocation.run(DistrictInputText.read(DistrictInputText.write(input)), Districts.SEED));
        Seed other = Seed.fromHex("ff".repeat(32));
        DistrictResult third = DistrictAllocation.run(input, other);

        assertThat(second).isEqualTo(first);
        assertThat(DistrictResultText.write(third)).isNotEqualTo(first);
        assertThat(third.placements())
                .allSatisfy(p -> assertThat(p.lotteryNumber()).isEqualTo(LotteryDraw.number(other, p.publicId())));
    }

    @Test
    void a_run_given_the_stored_input_digest_gives_the_same_result_text_as_one_that_computes_it() {
        Districts d = district().school("A", 2).school("B", 2).multi("M", "A", "B");
        for (int i = 0; i < 20; i++) {
            d.child(kid("P2027-" + (100 + i), 1 + i % 3, "M").prefs(i % 2 == 0 ? "A" : "B"));
        }
        DistrictInput input = d.input();
        String digest = DistrictInputText.digest(input);

        DistrictResult given = DistrictAllocation.run(input, digest, Districts.SEED);

        assertThat(given.inputDigest()).isEqualTo(digest);
        assertThat(DistrictResultText.write(given))
                .isEqualTo(DistrictResultText.write(DistrictAllocation.run(input, Districts.SEED)));
    }

    @Test
    void malformed_input_is_refused_with_the_reason() {
        assertThatThrownBy(() -> district().school("A", 1).school("A", 2).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("school A appears twice");
        assertThatThrownBy(() -> district().school("A", 1, 2).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserved");
        assertThatThrownBy(() ->
                        district().school("A", 1).child(kid("P1", 9, null)).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tier rank 9");
        assertThatThrownBy(() -> district()
                        .child(kid("P1", 1, null))
                        .child(kid("P1", 2, null))
                        .run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P1");
    }

    @Test
    void a_reference_to_a_school_outside_the_allocation_blocks_the_run() {
        DistrictResult result = district()
                .school("A", 2)
                .multi("M", "A")
                .child(kid("P1", 1, "M").prefs("NOPE", "A"))
                .run();

        assertThat(at(result, "P1")).isEqualTo("A/IN_ZONE/ADMITTED");
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("UNKNOWN_SCHOOL");
            assertThat(v.subject()).isEqualTo("P1");
            assertThat(v.detail()).contains("NOPE");
        });
    }
}
