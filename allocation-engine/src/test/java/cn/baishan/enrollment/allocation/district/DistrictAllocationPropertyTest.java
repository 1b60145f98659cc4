package cn.baishan.enrollment.allocation.district;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.allocation.district.DistrictResult.Outcome;
import cn.baishan.enrollment.allocation.district.DistrictResult.Placement;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.district.RandomDistricts.Instance;
import cn.baishan.enrollment.allocation.district.RandomDistricts.Shape;
import cn.baishan.enrollment.allocation.lottery.Digests;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random districts of every shape from one test seed, new on every run and named in each failure message (re-run
 * with {@code -Ddistrict.test.seed=<seed>}): the allocation must break no invariant, agree exactly (placements and
 * cut-offs) with {@link ReferenceDistrictAllocation} — whose in-zone phase is the engine's textbook
 * {@code ReferenceDeferredAcceptance} — and survive the text round trip.
 */
class DistrictAllocationPropertyTest {

    private static final int RUNS_PER_SHAPE = 400;
    private static final long TEST_SEED = Long.getLong("district.test.seed", new SecureRandom().nextLong());

    @ParameterizedTest
    @EnumSource(Shape.class)
    void the_allocation_matches_the_reference_and_breaks_no_invariant(Shape shape) {
        for (int run = 0; run < RUNS_PER_SHAPE; run++) {
            long seed = TEST_SEED + 1_000_003L * shape.ordinal() + run;
            String why = "-Ddistrict.test.seed=" + TEST_SEED + ": instance seed " + seed + ", shape " + shape;
            Instance instance = RandomDistricts.generate(seed, shape);

            DistrictResult result = DistrictAllocation.run(instance.input(), instance.seed());
            var expected = new ReferenceDistrictAllocation(instance.input()).run(instance.seed());

            assertThat(result.violations()).as(why).isEmpty();
            Map<String, String> actual = new HashMap<>();
            for (Placement p : result.placements()) {
                actual.put(
                        p.publicId(),
                        (p.schoolCode() == null ? "-" : p.schoolCode()) + "/" + p.route() + "/" + p.outcome());
            }
            assertThat(actual).as(why).isEqualTo(expected.placement());
            assertThat(new HashSet<>(result.cutoffs())).as(why).isEqualTo(expected.cutoffs());
            // Read back from its text (lists as CodeLists, resolved by position): the very same result.
            assertThat(DistrictAllocation.run(DistrictInputText.write(instance.input()), instance.seed()))
                    .as(why)
                    .isEqualTo(result);
            assertThat(DistrictInputText.write(DistrictInputText.read(DistrictInputText.write(instance.input()))))
                    .as(why)
                    .isEqualTo(DistrictInputText.write(instance.input()));
            assertThat(DistrictResultText.write(DistrictResultText.read(DistrictResultText.write(result))))
                    .as(why)
                    .isEqualTo(DistrictResultText.write(result));
            assertThat(DistrictInputText.digest(instance.input()))
                    .as(why)
                    .isEqualTo(Digests.sha256Hex(DistrictInputText.write(instance.input())))
                    .isEqualTo(result.inputDigest());
            assertThat(DistrictResultText.digest(result))
                    .as(why)
                    .isEqualTo(Digests.sha256Hex(DistrictResultText.write(result)));
            // Every child can be explained, and the explanation agrees with the placement.
            Explanations.Index explanations = Explanations.index(instance.input(), result);
            for (Placement p : result.placements()) {
                var e = explanations.of(p.publicId());
                assertThat(e.outcome()).as(why).isEqualTo(p.outcome());
                assertThat(e.reason()).as(why).startsWith("您的孩子属于第");
                if (p.outcome() == Outcome.ADMITTED) {
                    assertThat(e.considered()).as(why).last().satisfies(k -> {
                        assertThat(k.admitted()).isTrue();
                        assertThat(k.schoolCode()).isEqualTo(p.schoolCode());
                        assertThat(k.phase()).isEqualTo(p.route());
                    });
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void the_random_districts_really_contain_the_hard_cases(Shape shape) {
        // Guards the property above against a generator that drifts into trivial districts.
        int withUnplaced = 0;
        int withInZoneCutoff = 0;
        int withOverflow = 0;
        int withReserved = 0;
        int withSpecialRoutes = 0;
        for (int run = 0; run < RUNS_PER_SHAPE; run++) {
            Instance instance = RandomDistricts.generate(TEST_SEED + 1_000_003L * shape.ordinal() + run, shape);
            DistrictResult result = DistrictAllocation.run(instance.input(), instance.seed());
            withUnplaced += result.placements().stream().anyMatch(p -> p.outcome() == Outcome.UNPLACED) ? 1 : 0;
            withInZoneCutoff += result.cutoffs().stream().anyMatch(c -> c.phase() == Route.IN_ZONE) ? 1 : 0;
            withOverflow += result.placements().stream()
                            .anyMatch(p -> p.route() == Route.OVERFLOW && p.outcome() == Outcome.ADMITTED)
                    ? 1
                    : 0;
            withReserved +=
                    result.schools().stream().anyMatch(s -> s.emptyReason().equals("RESERVED")) ? 1 : 0;
            withSpecialRoutes += result.placements().stream()
                            .anyMatch(p -> p.route() == Route.SIBLING
                                    || p.route() == Route.DISABILITY
                                    || p.route() == Route.DIRECT_PROMOTION)
                    ? 1
                    : 0;
        }
        String why = "-Ddistrict.test.seed=" + TEST_SEED + ", shape " + shape;
        assertThat(withInZoneCutoff)
                .as(why + ": districts with an oversubscribed in-zone school")
                .isPositive();
        assertThat(withOverflow)
                .as(why + ": districts with an overall arrangement")
                .isPositive();
        if (shape != Shape.AMPLE_JUNIOR) {
            assertThat(withUnplaced)
                    .as(why + ": districts with an unplaced child")
                    .isPositive();
        }
        if (shape == Shape.MIXED || shape == Shape.SCARCE || shape == Shape.AMPLE_JUNIOR) {
            assertThat(withSpecialRoutes)
                    .as(why + ": districts with sibling, disability or promotion routes")
                    .isPositive();
        }
        if (shape == Shape.MIXED) {
            assertThat(withReserved)
                    .as(why + ": districts with reserved empty seats")
                    .isPositive();
        }
    }
}
