package cn.baishan.enrollment.allocation.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestsTest {

    @Test
    void sha_256_hex_is_lowercase_and_matches_the_fips_vector() {
        assertThat(Digests.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_canonical_inputs_are_the_ids_sorted_one_per_line_each_ended_by_a_newline() {
        assertThat(Digests.canonicalInputs(List.of("2027-220602-000124", "2027-220602-000001", "2027-220602-000123")))
                .isEqualTo("2027-220602-000001\n2027-220602-000123\n2027-220602-000124\n");
        assertThat(Digests.canonicalInputs(List.of())).isEmpty();
    }

    @Test
    void ids_are_sorted_by_their_utf_8_bytes_not_by_java_string_order() {
        // U+FF5E is one UTF-16 unit above the surrogates of U+1F600, yet its UTF-8 bytes (ef …) sort before f0 ….
        String fullwidthTilde = "\uFF5E";
        String emoji = "\uD83D\uDE00";
        assertThat(fullwidthTilde.compareTo(emoji)).isPositive();

        assertThat(Digests.canonicalInputs(List.of(emoji, fullwidthTilde, "z")))
                .isEqualTo("z\n" + fullwidthTilde + "\n" + emoji + "\n");
    }

    @Test
    void the_canonical_result_is_id_tab_16_hex_digit_number_tab_decimal_rank_sorted_by_id() {
        var text = Digests.canonicalResult(KnownVectors.ENTRIES);

        assertThat(text)
                .isEqualTo("2027-220602-000001\t048eec47181ed29f\t1\n"
                        + "2027-220602-000123\t4cc16bc9907471b6\t3\n"
                        + "2027-220602-000124\t7773eca7e72db041\t4\n"
                        + "2027-220602-000125\t93f6809ee2758296\t5\n"
                        + "2027-220602-010000\tc3f6e128cfe258ce\t6\n"
                        + "2027-220603-004711\t099fe5ea85e728be\t2\n");
        assertThat(Digests.sha256Hex(text)).isEqualTo(KnownVectors.RESULT_DIGEST);
    }

    @Test
    void the_digests_are_the_checked_in_ones_whatever_the_order_given() {
        var reversedIds = new ArrayList<>(KnownVectors.IDS);
        Collections.reverse(reversedIds);
        var reversedEntries = new ArrayList<>(KnownVectors.ENTRIES);
        Collections.reverse(reversedEntries);

        assertThat(Digests.inputDigest(KnownVectors.IDS)).isEqualTo(KnownVectors.INPUT_DIGEST);
        assertThat(Digests.inputDigest(reversedIds)).isEqualTo(KnownVectors.INPUT_DIGEST);
        assertThat(Digests.resultDigest(reversedEntries)).isEqualTo(KnownVectors.RESULT_DIGEST);
    }

    @Test
    void the_input_digest_changes_when_an_id_is_added_removed_or_altered() {
        var added = new ArrayList<>(KnownVectors.IDS);
        added.add("2027-220602-000126");
        var removed = new ArrayList<>(KnownVectors.IDS);
        removed.remove(0);
        var altered = new ArrayList<>(KnownVectors.IDS);
        altered.set(0, "2027-220602-000133");

        assertThat(List.of(Digests.inputDigest(added), Digests.inputDigest(removed), Digests.inputDigest(altered)))
                .doesNotHaveDuplicates()
                .doesNotContain(KnownVectors.INPUT_DIGEST);
    }

    @Test
    void the_result_digest_changes_when_any_id_number_or_rank_changes() {
        List<String> digests = new ArrayList<>();
        for (int i = 0; i < KnownVectors.ENTRIES.size(); i++) {
            LotteryEntry e = KnownVectors.ENTRIES.get(i);
            digests.add(resultDigestWith(i, new LotteryEntry(e.publicId() + "0", e.number(), e.rank())));
            digests.add(resultDigestWith(i, new LotteryEntry(e.publicId(), e.number() ^ 1L, e.rank())));
            digests.add(resultDigestWith(i, new LotteryEntry(e.publicId(), e.number(), e.rank() + 10)));
        }
        var fewer = new ArrayList<>(KnownVectors.ENTRIES);
        fewer.remove(fewer.size() - 1);
        digests.add(Digests.resultDigest(fewer));

        assertThat(digests).doesNotHaveDuplicates().doesNotContain(KnownVectors.RESULT_DIGEST);
    }

    @Test
    void an_id_that_is_a_prefix_of_another_comes_first_in_the_result() {
        var entries = List.of(
                new LotteryEntry("2027-10", 0x01L, 1),
                new LotteryEntry("2027-1", 0x02L, 2),
                new LotteryEntry("2027-1 ", 3L, 3));

        assertThat(Digests.canonicalResult(entries))
                .isEqualTo("2027-1\t0000000000000002\t2\n"
                        + "2027-1 \t0000000000000003\t3\n"
                        + "2027-10\t0000000000000001\t1\n");
    }

    @Test
    void a_result_naming_an_id_twice_has_no_canonical_form() {
        var twice = new ArrayList<>(KnownVectors.ENTRIES);
        twice.add(KnownVectors.ENTRIES.get(0));

        assertThatThrownBy(() -> Digests.canonicalResult(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice");
    }

    private static String resultDigestWith(int index, LotteryEntry replacement) {
        var entries = new ArrayList<>(KnownVectors.ENTRIES);
        entries.set(index, replacement);
        return Digests.resultDigest(entries);
    }
}
