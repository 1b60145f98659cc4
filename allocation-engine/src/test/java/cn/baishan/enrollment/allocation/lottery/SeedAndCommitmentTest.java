package cn.baishan.enrollment.allocation.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SeedAndCommitmentTest {

    @Test
    void the_commitment_is_the_sha_256_of_the_seeds_raw_bytes_in_lowercase_hex() {
        assertThat(KnownVectors.seed().commitment().hex()).isEqualTo(KnownVectors.COMMITMENT);
        // All 0xff bytes: a vector where hashing the hex text instead of the bytes would be caught too.
        assertThat(Seed.fromHex("ff".repeat(32)).commitment().hex())
                .isEqualTo("af9613760f72635fbdb44a5a0a63c39f12af30f950a6ee5c971be188e89c4051");
    }

    @Test
    void a_generated_seed_is_32_bytes_and_round_trips_through_its_hex_form() {
        var seed = Seed.generate();

        assertThat(seed.bytes()).hasSize(32);
        assertThat(seed.hex()).matches("[0-9a-f]{64}");
        assertThat(Seed.fromHex(seed.hex())).isEqualTo(seed);
        assertThat(Seed.fromHex(seed.hex().toUpperCase()).hex()).isEqualTo(seed.hex());
    }

    @Test
    void generated_seeds_differ() {
        var random = new SecureRandom();
        var seen = new HashSet<String>();
        for (int i = 0; i < 100; i++) {
            assertThat(seen.add(Seed.generate(random).hex())).isTrue();
        }
    }

    @Test
    void a_seed_cannot_be_changed_through_the_bytes_it_was_made_of_or_gave_out() {
        byte[] original = KnownVectors.seed().bytes();
        var seed = Seed.of(original);
        original[0] ^= 1;
        seed.bytes()[1] ^= 1;

        assertThat(seed.hex()).isEqualTo(KnownVectors.SEED_HEX);
    }

    @Test
    void a_seed_of_the_wrong_length_or_not_hex_is_refused() {
        assertThatThrownBy(() -> Seed.fromHex("00".repeat(31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> Seed.fromHex("zz".repeat(32)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hex");
        assertThatThrownBy(() -> Seed.of(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_seed_never_shows_its_bytes_in_its_text_form() {
        var seed = KnownVectors.seed();

        assertThat(seed.toString()).doesNotContain(seed.hex()).contains(KnownVectors.COMMITMENT);
    }

    @Test
    void the_revealed_seed_that_was_committed_to_is_accepted() {
        var commitment = new Commitment(KnownVectors.COMMITMENT);

        assertThat(commitment.matches(KnownVectors.seed())).isTrue();
        assertThat(commitment.verify(KnownVectors.seed())).isEqualTo(KnownVectors.seed());
    }

    @Test
    void a_revealed_seed_that_does_not_match_the_commitment_is_refused_naming_both_digests() {
        var commitment = new Commitment(KnownVectors.COMMITMENT);
        byte[] bytes = KnownVectors.seed().bytes();
        bytes[31] ^= 1;
        var other = Seed.of(bytes);

        assertThat(commitment.matches(other)).isFalse();
        assertThatThrownBy(() -> commitment.verify(other))
                .isInstanceOfSatisfying(SeedMismatchException.class, e -> {
                    assertThat(e.commitment()).isEqualTo(KnownVectors.COMMITMENT);
                    assertThat(e.actual()).isEqualTo(other.commitment().hex());
                })
                .hasMessageContaining("does not match the published commitment " + KnownVectors.COMMITMENT);
    }

    @Test
    void a_commitment_is_exactly_64_lowercase_hex_digits() {
        assertThatThrownBy(() -> new Commitment(KnownVectors.COMMITMENT.toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Commitment(KnownVectors.COMMITMENT.substring(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Commitment(KnownVectors.SEED_HEX.replace('0', 'g')))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
