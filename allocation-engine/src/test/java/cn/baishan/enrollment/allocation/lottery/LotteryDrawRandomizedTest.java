package cn.baishan.enrollment.allocation.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random instances from one test seed, new on every run and named in each failure message; re-run a failure with
 * {@code -Dlottery.test.seed=<seed>}.
 */
class LotteryDrawRandomizedTest {

    private static final int CASES = 200;
    private static final long TEST_SEED = Long.getLong("lottery.test.seed", new SecureRandom().nextLong());

    @Test
    void ranks_are_a_permutation_of_1_to_n_in_ascending_unsigned_number_order() {
        var random = new Random(TEST_SEED);
        for (int c = 0; c < CASES; c++) {
            var seed = seed(random);
            var ids = ids(random, random.nextInt(60));
            String why = why(c, seed);

            var result = LotteryDraw.draw(seed, ids);

            assertThat(result.entries()).as(why).hasSize(ids.size());
            for (int i = 0; i < result.size(); i++) {
                LotteryEntry entry = result.entries().get(i);
                assertThat(entry.rank()).as(why).isEqualTo(i + 1);
                assertThat(entry.number()).as(why).isEqualTo(LotteryDraw.number(seed, entry.publicId()));
                if (i > 0) {
                    assertThat(Long.compareUnsigned(result.entries().get(i - 1).number(), entry.number()))
                            .as(why)
                            .isNegative();
                }
            }
            assertThat(result.entries())
                    .extracting(LotteryEntry::publicId)
                    .as(why)
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void ranks_agree_with_an_independent_count_of_smaller_numbers() {
        var random = new Random(TEST_SEED ^ 0x5DEECE66DL);
        for (int c = 0; c < CASES; c++) {
            var seed = seed(random);
            var ids = ids(random, 1 + random.nextInt(30));
            String why = why(c, seed);

            var result = LotteryDraw.draw(seed, ids);

            // Reference: rank = 1 + how many ids have a smaller (number, UTF-8 id), numbers read via BigInteger.
            for (String id : ids) {
                var mine = new BigInteger(1, Arrays.copyOf(hash(seed, id), 8));
                int smaller = 0;
                for (String other : ids) {
                    var theirs = new BigInteger(1, Arrays.copyOf(hash(seed, other), 8));
                    int cmp = theirs.compareTo(mine);
                    if (cmp < 0 || cmp == 0 && Arrays.compareUnsigned(utf8(other), utf8(id)) < 0) {
                        smaller++;
                    }
                }
                assertThat(result.rankOf(id)).as(why + ", id " + id).isEqualTo(smaller + 1);
            }
        }
    }

    @Test
    void the_same_seed_gives_byte_identical_output_whatever_the_input_order() {
        var random = new Random(TEST_SEED + 1);
        for (int c = 0; c < CASES; c++) {
            var seed = seed(random);
            var ids = ids(random, random.nextInt(60));
            var shuffled = new ArrayList<>(ids);
            Collections.shuffle(shuffled, random);
            String why = why(c, seed);

            var first = LotteryDraw.draw(seed, ids);
            var second = LotteryDraw.draw(Seed.fromHex(seed.hex()), shuffled);

            assertThat(second.canonicalText().getBytes(StandardCharsets.UTF_8))
                    .as(why)
                    .isEqualTo(first.canonicalText().getBytes(StandardCharsets.UTF_8));
            assertThat(second.entries()).as(why).isEqualTo(first.entries());
            assertThat(second.resultDigest()).as(why).isEqualTo(first.resultDigest());
            assertThat(second.inputDigest()).as(why).isEqualTo(first.inputDigest());
        }
    }

    @Test
    void different_seeds_give_different_orders() {
        var random = new Random(TEST_SEED + 2);
        for (int c = 0; c < CASES; c++) {
            var seed = seed(random);
            var other = seed(random);
            // 20 ids: the chance of an equal order by accident is 1 in 20! (about 2.4e18).
            var ids = ids(random, 20);
            String why = why(c, seed) + ", other seed " + other.hex();

            var order = LotteryDraw.draw(seed, ids).entries().stream()
                    .map(LotteryEntry::publicId)
                    .toList();
            var otherOrder = LotteryDraw.draw(other, ids).entries().stream()
                    .map(LotteryEntry::publicId)
                    .toList();

            assertThat(otherOrder).as(why).isNotEqualTo(order);
            assertThat(LotteryDraw.draw(other, ids).resultDigest())
                    .as(why)
                    .isNotEqualTo(LotteryDraw.draw(seed, ids).resultDigest());
        }
    }

    @Test
    void ids_compare_exactly_as_their_utf_8_bytes_do() {
        var random = new Random(TEST_SEED + 3);
        // Units picked to hit the tricky boundary: ASCII, CJK, U+E000..U+FFFF and surrogate pairs above U+FFFF.
        String[] units = {
            "a", "b", "0", "白", "山", "\uE000", "\uFF5E", "\uFFFF", "\uD83D\uDE00", "\uD83D\uDE01", "\uD800\uDC00"
        };
        for (int c = 0; c < 20 * CASES; c++) {
            String a = text(random, units);
            String b = random.nextInt(4) == 0 ? a + text(random, units) : text(random, units);

            assertThat(Integer.signum(Digests.BY_UTF8_BYTES.compare(a, b)))
                    .as(
                            "test seed %d (re-run with -Dlottery.test.seed=%d), case %d: %s vs %s",
                            TEST_SEED, TEST_SEED, c, a, b)
                    .isEqualTo(Integer.signum(Arrays.compareUnsigned(utf8(a), utf8(b))));
        }
    }

    private static String text(Random random, String[] units) {
        var text = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            text.append(units[random.nextInt(units.length)]);
        }
        return text.toString();
    }

    private static String why(int c, Seed seed) {
        return "test seed " + TEST_SEED + " (re-run with -Dlottery.test.seed=" + TEST_SEED + "), case " + c
                + ", draw seed " + seed.hex();
    }

    private static Seed seed(Random random) {
        var bytes = new byte[Seed.LENGTH];
        random.nextBytes(bytes);
        return Seed.of(bytes);
    }

    /** Distinct ids, mostly shaped like the platform's, some with non-ASCII text to exercise UTF-8. */
    private static List<String> ids(Random random, int n) {
        var ids = new LinkedHashSet<String>();
        while (ids.size() < n) {
            switch (random.nextInt(4)) {
                case 0 -> ids.add("2027-白山-" + random.nextInt(1000));
                case 1 -> ids.add("id-" + random.nextInt(50) + "\uD83D\uDE00");
                default -> ids.add(String.format("2027-2206%02d-%06d", random.nextInt(6), random.nextInt(1_000_000)));
            }
        }
        return new ArrayList<>(ids);
    }

    private static byte[] hash(Seed seed, String id) {
        byte[] s = seed.bytes();
        byte[] i = utf8(id);
        byte[] both = Arrays.copyOf(s, s.length + i.length);
        System.arraycopy(i, 0, both, s.length, i.length);
        return Digests.sha256(both);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_array_form_refuses_an_id_given_twice() {
        var seed = Seed.fromHex("ab".repeat(32));
        assertThatThrownBy(() -> LotteryDraw.ranked(seed, new String[] {"A", "B", "A"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void the_array_form_gives_every_id_the_number_and_rank_of_the_draw() {
        var random = new Random(TEST_SEED ^ 0xA77AL);
        for (int c = 0; c < CASES; c++) {
            var seed = seed(random);
            var ids = ids(random, random.nextInt(80));
            String why = why(c, seed);

            var draw = LotteryDraw.draw(seed, ids);
            // the usual buckets (about one id each); 2 bits: a handful of buckets; 0: one bucket, the exact order
            // inside
            for (int bucketBits : new int[] {Integer.MAX_VALUE, 2, 0}) {
                var ranked = LotteryDraw.ranked(seed, ids.toArray(new String[0]), bucketBits);
                for (int i = 0; i < ids.size(); i++) {
                    assertThat(ranked.numbers()[i])
                            .as(why)
                            .isEqualTo(draw.entry(ids.get(i)).number());
                    assertThat(ranked.ranks()[i]).as(why).isEqualTo(draw.rankOf(ids.get(i)));
                }
            }
        }
    }
}
