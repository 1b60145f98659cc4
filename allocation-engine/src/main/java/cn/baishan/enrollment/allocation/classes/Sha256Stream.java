package cn.baishan.enrollment.allocation.classes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The published pseudo-random stream: block {@code i} (from 0) is
 * {@code SHA-256(UTF-8("baishan/sunshine-classes/v1") || 0x00 || seed || uint64-big-endian(i))}, the blocks'
 * bytes read in order. Anyone can rebuild it with any SHA-256 implementation; the domain prefix keeps it
 * independent from the lottery's use of the same seed.
 */
final class Sha256Stream {

    static final byte[] DOMAIN = "baishan/sunshine-classes/v1".getBytes(StandardCharsets.UTF_8);
    private static final long TWO_POW_32 = 1L << 32;

    private final MessageDigest sha256;
    private final byte[] seed;
    private byte[] block = new byte[0];
    private int position;
    private long counter;

    Sha256Stream(byte[] seed) {
        this.seed = seed.clone();
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime ships SHA-256", e);
        }
    }

    int nextByte() {
        if (position == block.length) {
            sha256.reset();
            sha256.update(DOMAIN);
            sha256.update((byte) 0);
            sha256.update(seed);
            for (int shift = 56; shift >= 0; shift -= 8) {
                sha256.update((byte) (counter >>> shift));
            }
            block = sha256.digest();
            counter++;
            position = 0;
        }
        return block[position++] & 0xff;
    }

    /** The next 4 bytes as an unsigned big-endian number in [0, 2^32). */
    long nextUint32() {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | nextByte();
        }
        return value;
    }

    /**
     * A uniform number in [0, bound) without modulo bias: draw 32-bit numbers, discard those at or above the
     * largest multiple of {@code bound} below 2^32, reduce the first kept one modulo {@code bound}.
     */
    int nextBelow(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long limit = TWO_POW_32 - (TWO_POW_32 % bound);
        long value;
        do {
            value = nextUint32();
        } while (value >= limit);
        return (int) (value % bound);
    }

    /** Fisher–Yates: for i from the last index down to 1, swap element i with element nextBelow(i + 1). */
    <T> void shuffle(T[] items) {
        for (int i = items.length - 1; i > 0; i--) {
            int j = nextBelow(i + 1);
            T swapped = items[i];
            items[i] = items[j];
            items[j] = swapped;
        }
    }
}
