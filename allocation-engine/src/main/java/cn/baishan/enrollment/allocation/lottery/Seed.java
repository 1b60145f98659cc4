package cn.baishan.enrollment.allocation.lottery;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A draw's secret: 32 bytes from {@link SecureRandom}, kept secret until the draw and then published in its
 * hex form (64 lowercase hex digits) so anyone can re-run the lottery. Only its commitment is public before.
 */
public final class Seed {

    public static final int LENGTH = 32;

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Seed(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a seed is " + LENGTH + " bytes, got " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    /** A fresh seed from the platform's strong source. */
    public static Seed generate() {
        return generate(new SecureRandom());
    }

    public static Seed generate(SecureRandom random) {
        var bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new Seed(bytes);
    }

    public static Seed of(byte[] bytes) {
        return new Seed(Objects.requireNonNull(bytes, "seed bytes"));
    }

    /** Parses the published form: exactly 64 hex digits (either case accepted, lowercase is canonical). */
    public static Seed fromHex(String hex) {
        Objects.requireNonNull(hex, "seed hex");
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("a seed is " + 2 * LENGTH + " hex digits, got " + hex.length());
        }
        try {
            return new Seed(HEX.parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a seed is hex digits only: " + e.getMessage(), e);
        }
    }

    /** A copy: the seed itself never changes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The published form, 64 lowercase hex digits. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    public Commitment commitment() {
        return Commitment.of(this);
    }

    byte[] rawBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Seed seed && Arrays.equals(bytes, seed.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the bytes: a seed logged before the draw would void the commitment. */
    @Override
    public String toString() {
        return "Seed[commitment=" + commitment().hex() + "]";
    }
}
