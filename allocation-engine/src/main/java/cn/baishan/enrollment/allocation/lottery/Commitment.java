package cn.baishan.enrollment.allocation.lottery;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the district publishes before the draw: the lowercase hex SHA-256 of the seed's 32 raw bytes (not of
 * its hex text), 64 hex digits. It binds the district to the seed without revealing it.
 */
public record Commitment(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public Commitment {
        Objects.requireNonNull(hex, "commitment");
        if (!SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a commitment is 64 lowercase hex digits (SHA-256), got: " + hex);
        }
    }

    public static Commitment of(Seed seed) {
        return new Commitment(Digests.sha256Hex(seed.rawBytes()));
    }

    /** Whether the revealed seed is the one committed to. */
    public boolean matches(Seed seed) {
        // Constant-time comparison is not needed for secrecy here, but costs nothing.
        return MessageDigest.isEqual(HexFormat.of().parseHex(hex), Digests.sha256(seed.rawBytes()));
    }

    /**
     * Accepts the revealed seed or refuses it.
     *
     * @throws SeedMismatchException when the seed is not the one committed to
     */
    public Seed verify(Seed seed) {
        Objects.requireNonNull(seed, "seed");
        if (!matches(seed)) {
            throw new SeedMismatchException(hex, Digests.sha256Hex(seed.rawBytes()));
        }
        return seed;
    }
}
