package cn.baishan.enrollment.allocation.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.Disability;
import cn.baishan.enrollment.allocation.district.DistrictInput.DisabilityPlacement;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import cn.baishan.enrollment.allocation.district.DistrictResult.Outcome;
import cn.baishan.enrollment.allocation.district.DistrictResult.Placement;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.district.Explanations.Considered;
import cn.baishan.enrollment.allocation.district.RandomDistricts.Instance;
import cn.baishan.enrollment.allocation.district.RandomDistricts.Shape;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tuned {@link Explanations.Index} gives exactly the explanations of {@link ReferenceExplanations} (the plain
 * code it replaced) — every field, every considered school, the same reason text — for every child of seeded random
 * districts, for hand-made results (unsorted, missing or extra placements, placements the run would never make) and
 * for unknown ids. The test seed is new on every run and named in each failure (re-run with
 * {@code -Dexplanations.test.seed=<seed>}).
 */
class ExplanationsReferenceTest {

    private static final int RUNS_PER_SHAPE = 150;
    private static final long TEST_SEED = Long.getLong("explanations.test.seed", new SecureRandom().nextLong());

    @ParameterizedTest
    @EnumSource(Shape.class)
    void every_child_of_a_small_random_district_is_explained_as_the_reference_explains_it(Shape shape) {
        for (int run = 0; run < RUNS_PER_SHAPE; run++) {
            long seed = TEST_SEED + 1_000_003L * shape.ordinal() + run;
            Instance instance = RandomDistricts.generate(seed, shape);
            DistrictResult result = DistrictAllocation.run(instance.input(), instance.seed());
            String why = "-Dexplanations.test.seed=" + TEST_SEED + ": instance seed " + seed + ", shape " + shape;

            assertSameAsReference(instance.input(), result, why, new Random(seed));
            assertSameAsReference(
                    instance.input(),
                    handMade(result, instance.input(), new Random(seed)),
                    why + ", hand-made result",
                    new Random(seed));
        }
    }

    @Test
    void every_child_of_a_wide_random_district_is_explained_as_the_reference_explains_it() {
        // Dozens of schools, nearby lists shorter than the school list (children placed or turned away beyond
        // them), multi-school zones of up to six schools, ids whose UTF-16 order is not their UTF-8 order.
        for (int run = 0; run < 40; run++) {
            long seed = TEST_SEED + 7_000_001L + run;
            Random random = new Random(seed);
            Instance instance = wide(random);
            DistrictResult result = DistrictAllocation.run(instance.input(), instance.seed());
            String why = "-Dexplanations.test.seed=" + TEST_SEED + ": wide instance seed " + seed;

            assertThat(result.violations()).as(why).isEmpty();
            assertSameAsReference(instance.input(), result, why, random);
            assertSameAsReference(
                    instance.input(), handMade(result, instance.input(), random), why + ", hand-made result", random);
        }
    }

    @Test
    void wide_random_districts_contain_the_cases_the_explanations_distinguish() {
        // Guards the property above against a generator that drifts into districts without the hard cases.
        int unplaced = 0;
        int beyondNearby = 0;
        int longEnds = 0;
        int overflowAfterZone = 0;
        int multiZoneRefusals = 0;
        int disability = 0;
        int sibling = 0;
        int promotion = 0;
        for (int run = 0; run < 40; run++) {
            Random random = new Random(TEST_SEED + 7_000_001L + run);
            Instance instance = wide(random);
            DistrictResult result = DistrictAllocation.run(instance.input(), instance.seed());
            Explanations.Index index = Explanations.index(instance.input(), result);
            Resolved r = Resolved.of(instance.input());
            for (Placement p : result.placements()) {
                var e = index.of(p.publicId());
                unplaced += p.outcome() == Outcome.UNPLACED ? 1 : 0;
                disability += p.route() == Route.DISABILITY ? 1 : 0;
                sibling += p.route() == Route.SIBLING ? 1 : 0;
                promotion += p.route() == Route.DIRECT_PROMOTION ? 1 : 0;
                long inZoneRefused = e.considered().stream()
                        .filter(k -> k.phase() == Route.IN_ZONE && !k.admitted())
                        .count();
                multiZoneRefusals += p.route() == Route.IN_ZONE && inZoneRefused >= 2 ? 1 : 0;
                overflowAfterZone += p.route() == Route.OVERFLOW && inZoneRefused >= 1 ? 1 : 0;
                int c = indexOf(r, p.publicId());
                long nearby = e.considered().stream()
                        .filter(k -> k.phase() == Route.OVERFLOW)
                        .count();
                beyondNearby += p.route() == Route.OVERFLOW && nearby > r.nearbyStart[c + 1] - r.nearbyStart[c] ? 1 : 0;
                // A list's end of eight schools or more is kept as a view of the index's shared entries.
                longEnds += nearby >= r.nearbyStart[c + 1] - r.nearbyStart[c] + 8 ? 1 : 0;
            }
        }
        String why = "-Dexplanations.test.seed=" + TEST_SEED;
        assertThat(unplaced).as(why + ": unplaced children").isPositive();
        assertThat(beyondNearby)
                .as(why + ": children reaching beyond their nearby list")
                .isPositive();
        assertThat(overflowAfterZone)
                .as(why + ": children arranged after their zone was full")
                .isPositive();
        assertThat(multiZoneRefusals)
                .as(why + ": children refused by earlier choices")
                .isPositive();
        assertThat(disability).as(why + ": disability placements").isPositive();
        assertThat(sibling).as(why + ": sibling placements").isPositive();
        assertThat(promotion).as(why + ": direct promotions").isPositive();
    }

    @Test
    void an_index_shared_between_threads_explains_as_the_reference() throws Exception {
        Random random = new Random(TEST_SEED);
        Instance instance = wide(random);
        DistrictResult result = DistrictAllocation.run(instance.input(), instance.seed());
        Explanations.Index index = Explanations.index(instance.input(), result);
        ReferenceExplanations.Index reference = ReferenceExplanations.index(instance.input(), result);
        List<String> ids = new ArrayList<>();
        for (Child child : instance.input().children()) {
            ids.add(child.publicId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Explanations.Explanation>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<String> order = new ArrayList<>(ids);
                Collections.shuffle(order, new Random(TEST_SEED + t));
                runs.add(pool.submit(() -> {
                    List<Explanations.Explanation> out = new ArrayList<>();
                    for (int pass = 0; pass < 20; pass++) {
                        for (String id : order) {
                            out.add(index.of(id));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<Explanations.Explanation>> run : runs) {
                for (Explanations.Explanation e : run.get()) {
                    assertThat(e).as("-Dexplanations.test.seed=" + TEST_SEED).isEqualTo(reference.of(e.publicId()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every child's explanation (in input order, in shuffled order, and twice in a row) and a few unknown ids equal
     * the reference's, an exception (unknown id, a child without a placement) counting as its class.
     */
    private static void assertSameAsReference(DistrictInput input, DistrictResult result, String why, Random random) {
        Explanations.Index index = Explanations.index(input, result);
        ReferenceExplanations.Index reference = ReferenceExplanations.index(input, result);
        List<String> ids = new ArrayList<>();
        for (Child child : input.children()) {
            ids.add(child.publicId());
        }
        for (Placement p : result.placements()) {
            ids.add(p.publicId());
        }
        ids.add("P2027-NOBODY");
        ids.add("");
        ids.add(ids.get(0) + "0");
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, random);
        ids.addAll(shuffled);
        Set<String> listChecked = new HashSet<>();
        for (String id : ids) {
            Object expected = outcome(() -> reference.of(id));
            Object actual = outcome(() -> index.of(id));
            assertThat(actual).as(why + ", child " + id).isEqualTo(expected);
            assertThat(outcome(() -> index.of(new String(id))))
                    .as(why + ", child " + id)
                    .isEqualTo(expected);
            if (actual instanceof Explanations.Explanation e && listChecked.add(id)) {
                assertSameList(
                        e.considered(), ((Explanations.Explanation) expected).considered(), why + ", " + id, random);
            }
        }
        String one = ids.get(random.nextInt(ids.size()));
        assertThat(outcome(() -> Explanations.of(input, result, one)))
                .as(why + ", one-shot " + one)
                .isEqualTo(outcome(() -> reference.of(one)));
    }

    /**
     * The considered schools read as a list every way (the index may keep a long list's end as a view of shared
     * entries): element by element, iterated both ways, hashed, printed, searched, cut, and refusing changes as a
     * {@code List.of} list does.
     */
    private static void assertSameList(List<Considered> actual, List<Considered> expected, String why, Random random) {
        assertThat(actual).as(why).hasSize(expected.size()).containsExactlyElementsOf(expected);
        List<Considered> byIndex = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            byIndex.add(actual.get(i));
        }
        assertThat(byIndex).as(why).isEqualTo(expected);
        List<Considered> backwards = new ArrayList<>();
        for (var it = actual.listIterator(actual.size()); it.hasPrevious(); ) {
            backwards.add(it.previous());
        }
        Collections.reverse(backwards);
        assertThat(backwards).as(why).isEqualTo(expected);
        assertThat(actual.hashCode()).as(why).isEqualTo(expected.hashCode());
        assertThat(actual.toString()).as(why).isEqualTo(expected.toString());
        assertThat(expected).as(why).isEqualTo(actual);
        assertThat(List.copyOf(actual)).as(why).isEqualTo(expected);
        if (!expected.isEmpty()) {
            Considered some = expected.get(random.nextInt(expected.size()));
            assertThat(actual.indexOf(some)).as(why).isEqualTo(expected.indexOf(some));
            assertThat(actual.lastIndexOf(some)).as(why).isEqualTo(expected.lastIndexOf(some));
            assertThat(actual.contains(some)).as(why).isTrue();
            int from = random.nextInt(expected.size());
            int to = from + random.nextInt(expected.size() - from + 1);
            assertThat(actual.subList(from, to)).as(why).isEqualTo(expected.subList(from, to));
        }
        if (random.nextInt(8) != 0) {
            return; // the refusals below (exceptions, slow to check) for some lists only
        }
        assertThatThrownBy(() -> actual.get(actual.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> actual.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> actual.add(new Considered("X", Route.OVERFLOW, false, null, null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> actual.contains(null)).isInstanceOf(NullPointerException.class);
        if (!expected.isEmpty()) {
            assertThatThrownBy(() -> actual.set(0, expected.get(0))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> actual.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    /** The explanation, or the class of what was thrown. */
    private static Object outcome(Supplier<Explanations.Explanation> explain) {
        try {
            return explain.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    /**
     * A result no run would produce (e.g. typed in by hand): placements shuffled, some dropped or doubled, one for a
     * child of no input, and some rewritten to other outcomes, schools (also unknown ones) and routes.
     */
    private static DistrictResult handMade(DistrictResult result, DistrictInput input, Random random) {
        List<Placement> placements = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (SchoolSeats school : input.schools()) {
            codes.add(school.schoolCode());
        }
        codes.add("NOWHERE");
        for (Placement p : result.placements()) {
            int draw = random.nextInt(20);
            if (draw == 0) {
                continue; // the child has no placement
            }
            if (draw <= 3 && !codes.isEmpty()) {
                Outcome[] outcomes = Outcome.values();
                Route[] routes = Route.values();
                Outcome outcome = outcomes[random.nextInt(outcomes.length)];
                String school = random.nextInt(5) == 0 ? null : codes.get(random.nextInt(codes.size()));
                Route route = random.nextInt(5) == 0 ? null : routes[random.nextInt(routes.length)];
                p = new Placement(p.publicId(), random.nextLong(), p.lotteryRank(), outcome, school, route);
            }
            placements.add(p);
            if (draw == 4) {
                placements.add(p);
            }
        }
        if (random.nextBoolean()) {
            placements.add(new Placement("P2027-STRANGER", 7, 1, Outcome.UNPLACED, null, Route.OVERFLOW));
        }
        if (random.nextInt(3) != 0) {
            Collections.shuffle(placements, random);
        }
        return new DistrictResult(
                result.inputDigest(),
                result.seedHex(),
                result.algorithmVersion(),
                placements,
                result.cutoffs(),
                result.schools(),
                result.violations());
    }

    private static int indexOf(Resolved r, String publicId) {
        for (int c = 0; c < r.n; c++) {
            if (r.publicIds[c].equals(publicId)) {
                return c;
            }
        }
        throw new IllegalArgumentException(publicId);
    }

    /**
     * A district of 20-80 schools in zones of one to six schools (some schools in none) and 100-700 children with
     * nearby lists of up to twelve schools, somewhat fewer seats than children, every special case mixed in.
     */
    private static Instance wide(Random random) {
        int schoolCount = 20 + random.nextInt(61);
        int childCount = 100 + random.nextInt(601);
        List<String> codes = new ArrayList<>();
        List<SchoolSeats> schools = new ArrayList<>();
        int seatsEach = Math.max(1, childCount / schoolCount);
        for (int s = 0; s < schoolCount; s++) {
            String code = String.format("SCH%03d", s);
            codes.add(code);
            int seats = random.nextInt(2 * seatsEach);
            int reserved = random.nextInt(8) == 0 ? random.nextInt(seats + 1) : 0;
            schools.add(new SchoolSeats(code, seats, reserved));
        }
        Collections.shuffle(schools, random);
        List<String> shuffled = new ArrayList<>(codes);
        Collections.shuffle(shuffled, random);
        List<Zone> zones = new ArrayList<>();
        for (int at = 0; at < shuffled.size(); ) {
            int size = Math.min(1 + random.nextInt(6), shuffled.size() - at);
            if (random.nextInt(6) != 0) {
                ZoneType type = size == 1 && random.nextBoolean() ? ZoneType.SINGLE : ZoneType.MULTI;
                zones.add(new Zone("Z" + zones.size(), type, shuffled.subList(at, at + size)));
            }
            at += size;
        }
        List<String> tiers = random.nextBoolean()
                ? Districts.TIERS
                : List.of("PREFERENTIAL_GROUP", "HUKOU_AND_PROPERTY", "MIGRANT_PERMIT_INSURANCE", "LOCAL_RULE_7");
        String[] odd = {"", "\uD83D\uDE00", "\uE000", "\u00E9", "z", "\uFFFD"};
        List<Child> children = new ArrayList<>();
        for (int c = 0; c < childCount; c++) {
            int tier = 1 + random.nextInt(tiers.size());
            Zone zone = zones.isEmpty() || random.nextInt(8) == 0 ? null : zones.get(random.nextInt(zones.size()));
            List<String> prefs = List.of();
            if (zone != null && zone.type() == ZoneType.MULTI) {
                List<String> members = new ArrayList<>(zone.schoolCodes());
                Collections.shuffle(members, random);
                prefs = new ArrayList<>(members.subList(0, random.nextInt(members.size() + 1)));
                String elsewhere = pick(codes, random);
                if (random.nextInt(4) == 0 && !prefs.contains(elsewhere)) {
                    // A school of another zone among the choices, anywhere: the in-zone list skips it.
                    prefs.add(random.nextInt(prefs.size() + 1), elsewhere);
                }
            }
            List<String> nearby = new ArrayList<>();
            if (random.nextInt(10) != 0) {
                List<String> all = new ArrayList<>(codes);
                Collections.shuffle(all, random);
                nearby.addAll(all.subList(0, random.nextInt(Math.min(12, all.size()) + 1)));
                if (zone != null && random.nextBoolean()) {
                    nearby.addAll(zone.schoolCodes()); // duplicates are skipped by the list rule
                }
                if (random.nextInt(10) == 0) {
                    nearby.add("GONE");
                }
            }
            Disability disability = null;
            if (random.nextInt(12) == 0) {
                DisabilityPlacement placement = DisabilityPlacement.values()[random.nextInt(3)];
                disability = new Disability(
                        placement,
                        switch (placement) {
                            case REGULAR_CLASS -> random.nextBoolean() ? codes.get(random.nextInt(codes.size())) : null;
                            case SPECIAL_SCHOOL -> random.nextBoolean() ? "SPECIAL-1" : null;
                            case HOME_TEACHING -> null;
                        });
            }
            String id = "P2027-" + odd[random.nextInt(odd.length)] + Integer.toHexString(random.nextInt()) + "-" + c;
            children.add(new Child(
                    id,
                    tier,
                    zone == null ? null : zone.zoneCode(),
                    prefs,
                    random.nextInt(10) == 0,
                    random.nextInt(7) == 0 ? (random.nextInt(4) == 0 ? "ELSEWHERE" : pick(codes, random)) : null,
                    random.nextInt(8) == 0 ? pick(codes, random) : null,
                    disability,
                    nearby));
        }
        byte[] seed = new byte[Seed.LENGTH];
        random.nextBytes(seed);
        return new Instance(
                new DistrictInput(
                        "220602", random.nextBoolean() ? "PRIMARY" : "JUNIOR", 2027, tiers, schools, zones, children),
                Seed.of(seed));
    }

    private static String pick(List<String> codes, Random random) {
        return Objects.requireNonNull(codes.get(random.nextInt(codes.size())));
    }
}
