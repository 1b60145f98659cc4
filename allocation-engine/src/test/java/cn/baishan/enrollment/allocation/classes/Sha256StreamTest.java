package cn.baishan.enrollment.allocation.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Sha256StreamTest {

    private static Sha256Stream stream(int seedTag) {
        byte[] seed = new byte[16];
        seed[15] = (byte) seedTag;
        return new Sha256Stream(seed);
    }

    @Test
    void every_permutation_of_four_items_comes_out_of_the_shuffle_about_equally_often() {
        Sha256Stream stream = stream(1);
        Map<String, Integer> seen = new HashMap<>();
        int draws = 24_000;
        for (int draw = 0; draw < draws; draw++) {
            Integer[] items = {1, 2, 3, 4};
            stream.shuffle(items);
            seen.merge(Arrays.toString(items), 1, Integer::sum);
        }
        // 1,000 expected each, standard deviation about 31: a biased shuffle (e.g. Sattolo's, or j below i)
        // misses permutations or skews them far beyond this band.
        assertThat(seen).hasSize(24);
        assertThat(seen.values()).allSatisfy(count -> assertThat(count).isBetween(850, 1150));
    }

    @Test
    void numbers_below_a_bound_are_uniform_and_stay_below_it() {
        Sha256Stream stream = stream(2);
        int[] counts = new int[7];
        for (int draw = 0; draw < 70_000; draw++) {
            counts[stream.nextBelow(7)]++;
        }
        assertThat(Arrays.stream(counts).boxed().toList())
                .allSatisfy(count -> assertThat(count).isBetween(9_500, 10_500));
        assertThat(stream.nextBelow(1)).isZero();
        assertThatThrownBy(() -> stream.nextBelow(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_seed_gives_the_same_stream_and_another_seed_another() {
        Sha256Stream first = stream(3);
        Sha256Stream again = stream(3);
        Sha256Stream other = stream(4);
        long[] a = new long[20];
        long[] b = new long[20];
        long[] c = new long[20];
        for (int i = 0; i < 20; i++) {
            a[i] = first.nextUint32();
            b[i] = again.nextUint32();
            c[i] = other.nextUint32();
        }
        assertThat(b).containsExactly(a);
        assertThat(c).isNotEqualTo(a);
    }
}
