package cn.baishan.enrollment.allocation.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LotteryDrawTest {

    @Test
    void each_number_is_the_first_8_bytes_of_sha_256_of_seed_and_id_as_an_unsigned_big_endian_value() {
        for (LotteryEntry expected : KnownVectors.ENTRIES) {
            assertThat(LotteryDraw.number(KnownVectors.seed(), expected.publicId()))
                    .as(expected.publicId())
                    .isEqualTo(expected.number());
        }
    }

    @Test
    void the_draw_of_the_known_vectors_gives_the_checked_in_numbers_and_ranks() {
        var result = LotteryDraw.draw(KnownVectors.seed(), KnownVectors.IDS);

        assertThat(result.entries())
                .containsExactlyElementsOf(KnownVectors.ENTRIES.stream()
                        .sorted((a, b) -> Integer.compare(a.rank(), b.rank()))
                        .toList());
        assertThat(result.inputDigest()).isEqualTo(KnownVectors.INPUT_DIGEST);
        assertThat(result.resultDigest()).isEqualTo(KnownVectors.RESULT_DIGEST);
    }

    @Test
    void a_number_above_2_to_63_ranks_after_smaller_ones() {
        var result = LotteryDraw.draw(KnownVectors.seed(), KnownVectors.IDS);

        // 0xc3f6… is negative as a signed long; a signed comparison would rank it first.
        assertThat(result.entry("2027-220602-010000").number()).isNegative();
        assertThat(result.rankOf("2027-220602-010000")).isEqualTo(6);
        assertThat(result.entry("2027-220602-010000").numberDecimal()).isEqualTo("14120721247069427918");
        assertThat(result.entry("2027-220602-000001").numberHex()).isEqualTo("048eec47181ed29f");
    }

    @Test
    void an_id_is_hashed_as_utf_8() {
        var seed = KnownVectors.seed();

        assertThat(LotteryDraw.number(seed, "2027-白山-000001")).isEqualTo(0x849f60984e1aacefL);
        assertThat(LotteryDraw.number(seed, "\uD83D\uDE00")).isEqualTo(0x52db0e38f735fd56L);
    }

    @Test
    void the_order_of_the_input_does_not_change_the_result() {
        var reversed = new ArrayList<>(KnownVectors.IDS);
        Collections.reverse(reversed);

        var result = LotteryDraw.draw(KnownVectors.seed(), reversed);

        assertThat(result.resultDigest()).isEqualTo(KnownVectors.RESULT_DIGEST);
        assertThat(result.inputDigest()).isEqualTo(KnownVectors.INPUT_DIGEST);
    }

    @Test
    void an_applications_number_does_not_depend_on_who_else_is_in_the_draw() {
        var alone = LotteryDraw.draw(KnownVectors.seed(), List.of("2027-220602-000123"));

        assertThat(alone.entry("2027-220602-000123").number()).isEqualTo(0x4cc16bc9907471b6L);
        assertThat(alone.rankOf("2027-220602-000123")).isEqualTo(1);
    }

    @Test
    void equal_numbers_are_ordered_by_the_ids_utf_8_bytes_unsigned() {
        String ascii = "2027-220602-000123";
        String higher = "2027-220602-000124";
        String nonAscii = "2027-白山";

        assertThat(LotteryDraw.compare(7, ascii, 7, higher)).isNegative();
        assertThat(LotteryDraw.compare(7, higher, 7, ascii)).isPositive();
        // 0xe7 (first byte of 白) is above every ASCII byte when bytes are unsigned.
        assertThat(LotteryDraw.compare(7, nonAscii, 7, ascii)).isPositive();
        assertThat(LotteryDraw.compare(7, ascii, 7, ascii + "0")).isNegative();
        assertThat(LotteryDraw.compare(6, higher, 7, ascii)).isNegative();
        assertThat(LotteryDraw.compare(-1L, ascii, 1L, higher)).isPositive();
    }

    @Test
    void an_empty_draw_has_no_entries() {
        var result = LotteryDraw.draw(KnownVectors.seed(), List.of());

        assertThat(result.entries()).isEmpty();
        assertThat(result.canonicalText()).isEmpty();
        assertThat(result.resultDigest()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void an_id_drawn_twice_is_refused() {
        assertThatThrownBy(() -> LotteryDraw.draw(KnownVectors.seed(), List.of("a", "b", "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice")
                .hasMessageContaining("a");
    }

    @Test
    void an_empty_id_or_one_with_separators_or_a_lone_surrogate_is_refused() {
        var seed = KnownVectors.seed();

        for (String bad : List.of("", "2027\t1", "2027\n1", "2027\r1", "x\u0000", "x\uD83D", "\uDE00x")) {
            assertThatThrownBy(() -> LotteryDraw.draw(seed, List.of(bad)))
                    .as("%s", bad.chars().boxed().toList())
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> LotteryDraw.draw(seed, Collections.singletonList(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void asking_for_an_id_outside_the_draw_fails() {
        var result = LotteryDraw.draw(KnownVectors.seed(), KnownVectors.IDS);

        assertThatThrownBy(() -> result.entry("2027-220602-999999")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_draw_against_the_published_commitment_runs_with_the_committed_seed() {
        var result = LotteryDraw.draw(new Commitment(KnownVectors.COMMITMENT), KnownVectors.seed(), KnownVectors.IDS);

        assertThat(result.resultDigest()).isEqualTo(KnownVectors.RESULT_DIGEST);
        assertThat(result.seed()).isEqualTo(KnownVectors.seed());
        assertThat(result.algorithmVersion()).isEqualTo("baishan-lottery-sha256-v1");
    }

    @Test
    void a_draw_against_the_published_commitment_refuses_any_other_seed() {
        var other = Seed.fromHex("ff".repeat(32));

        assertThatThrownBy(() -> LotteryDraw.draw(new Commitment(KnownVectors.COMMITMENT), other, KnownVectors.IDS))
                .isInstanceOf(SeedMismatchException.class);
    }

    @Test
    void the_lottery_values_for_the_allocation_are_the_ranks_in_applicant_order() {
        var result = LotteryDraw.draw(KnownVectors.seed(), KnownVectors.IDS);

        assertThat(result.lotteryValues(KnownVectors.IDS)).containsExactly(3, 4, 5, 1, 2, 6);
        assertThat(result.lotteryValues(List.of("2027-220602-010000", "2027-220602-000001")))
                .containsExactly(6, 1);
        assertThatThrownBy(() -> result.lotteryValues(List.of("2027-220602-999999")))
                .isInstanceOf(NoSuchElementException.class);
    }
}
