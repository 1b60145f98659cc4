package cn.baishan.enrollment.allocation.lottery;

import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The published lottery (SPEC §4; README, "Verifiable lottery"): an application's lottery number is the first 8
 * bytes, big-endian and unsigned, of {@code SHA-256(seed bytes ‖ UTF-8(public id))}; ranks 1..n follow ascending
 * numbers, a tie broken by the ids' UTF-8 bytes. Nothing but the seed and the public id enters a number, so no
 * order of input, no other application and no datum about the child can move it.
 */
public final class LotteryDraw {

    /** Recorded with every run, so a result is always re-run with the algorithm that produced it. */
    public static final String ALGORITHM_VERSION = "baishan-lottery-sha256-v1";

    private LotteryDraw() {}

    /** The lottery number of one application, independent of every other application in the draw. */
    public static long number(Seed seed, String publicId) {
        requireValidId(publicId);
        return number(sha256(), seed.rawBytes(), Digests.utf8(publicId));
    }

    /**
     * Draws for the given applications, in any order (the result does not depend on it).
     *
     * @throws IllegalArgumentException when an id is empty, holds a control character or a lone surrogate, or
     *     appears twice
     */
    public static LotteryResult draw(Seed seed, Collection<String> publicIds) {
        Objects.requireNonNull(seed, "seed");
        List<String> ids = requireWellFormedIds(publicIds);
        var digest = sha256();
        byte[] seedBytes = seed.rawBytes();
        int n = ids.size();
        var drawn = new Drawn[n];
        Hasher hasher = new Hasher(digest, seedBytes);
        for (int i = 0; i < n; i++) {
            drawn[i] = new Drawn(ids.get(i), hasher.number(ids.get(i)));
        }
        Arrays.sort(drawn);
        var entries = new ArrayList<LotteryEntry>(n);
        for (int i = 0; i < n; i++) {
            // The same id has the same number and the tie-break puts equal ids side by side: no set needed.
            if (i > 0 && drawn[i].number == drawn[i - 1].number && drawn[i].id.equals(drawn[i - 1].id)) {
                throw duplicate(drawn[i].id);
            }
            entries.add(new LotteryEntry(drawn[i].id, drawn[i].number, i + 1));
        }
        return new LotteryResult(seed, entries);
    }

    /**
     * The same draw as {@link #draw(Seed, Collection)}, in flat arrays aligned with the given order: {@code numbers[i]}
     * and {@code ranks[i]} (1..n) belong to {@code ids[i]}. No object per id, so a million-child district allocation
     * spends its time hashing, not sorting entries; {@code LotteryDrawTest} checks it gives the ranks of
     * {@link #draw(Seed, Collection)}.
     *
     * @throws IllegalArgumentException when an id is empty, holds a control character or a lone surrogate, or
     *     appears twice
     */
    public static Ranked ranked(Seed seed, String[] ids) {
        return ranked(seed, ids, Integer.MAX_VALUE);
    }

    /**
     * {@link #ranked(Seed, String[])} with at most {@code maxBucketBits} leading bits of the numbers as buckets, so
     * tests can put many ids in one bucket (0: all of them) and exercise the exact ordering inside a bucket.
     */
    static Ranked ranked(Seed seed, String[] ids, int maxBucketBits) {
        Objects.requireNonNull(seed, "seed");
        int n = ids.length;
        var digest = sha256();
        byte[] seedBytes = seed.rawBytes();
        long[] numbers = new long[n];
        Hasher hasher = new Hasher(digest, seedBytes);
        for (int i = 0; i < n; i++) {
            requireValidId(ids[i]);
            numbers[i] = hasher.number(ids[i]);
        }
        // A counting sort on the numbers' leading bits, about one id per bucket (the numbers are uniform): two linear
        // passes instead of a comparison sort of a million. Inside a bucket the ids are put in draw order exactly:
        // by the full unsigned number, then by the id's UTF-8 bytes, as draw() orders them.
        int bits = Math.min(maxBucketBits, Math.min(24, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1))));
        int[] bucketStart = new int[(1 << bits) + 1];
        for (int i = 0; i < n; i++) {
            bucketStart[bucket(numbers[i], bits) + 1]++;
        }
        for (int b = 1; b < bucketStart.length; b++) {
            bucketStart[b] += bucketStart[b - 1];
        }
        int[] byDraw = new int[n];
        int[] cursor = Arrays.copyOf(bucketStart, bucketStart.length - 1);
        for (int i = 0; i < n; i++) {
            byDraw[cursor[bucket(numbers[i], bits)]++] = i;
        }
        for (int b = 0; b + 1 < bucketStart.length; b++) {
            if (bucketStart[b + 1] - bucketStart[b] > 1) {
                orderBucket(byDraw, bucketStart[b], bucketStart[b + 1], numbers, ids);
            }
        }
        int[] ranks = new int[n];
        for (int k = 0; k < n; k++) {
            ranks[byDraw[k]] = k + 1;
        }
        return new Ranked(numbers, ranks);
    }

    private static int bucket(long number, int bits) {
        return bits == 0 ? 0 : (int) (number >>> (64 - bits)); // unsigned: the leading bits
    }

    /** Puts byDraw[from..to) in draw order; the same id twice (same number, same id) is refused. */
    private static void orderBucket(int[] byDraw, int from, int to, long[] numbers, String[] ids) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) { // insertion sort: a bucket holds one or two ids on average
                int x = byDraw[i];
                int j = i - 1;
                while (j >= from && compare(numbers[byDraw[j]], ids[byDraw[j]], numbers[x], ids[x]) > 0) {
                    byDraw[j + 1] = byDraw[j];
                    j--;
                }
                byDraw[j + 1] = x;
            }
        } else {
            Integer[] run = new Integer[to - from];
            for (int k = from; k < to; k++) {
                run[k - from] = byDraw[k];
            }
            Arrays.sort(run, (a, b) -> compare(numbers[a], ids[a], numbers[b], ids[b]));
            for (int k = from; k < to; k++) {
                byDraw[k] = run[k - from];
            }
        }
        for (int k = from + 1; k < to; k++) {
            int a = byDraw[k - 1];
            int b = byDraw[k];
            if (numbers[a] == numbers[b] && ids[a].equals(ids[b])) {
                throw duplicate(ids[b]);
            }
        }
    }

    /** Lottery numbers (unsigned, in {@code long}s) and ranks (1 = best) aligned with the ids given to {@link #ranked}. */
    public record Ranked(long[] numbers, int[] ranks) {}

    /**
     * The draw as the district runs it: first the revealed seed is checked against the commitment published
     * before, so no result can ever come from another seed.
     *
     * @throws SeedMismatchException when the seed is not the one committed to
     */
    public static LotteryResult draw(Commitment commitment, Seed revealed, Collection<String> publicIds) {
        Objects.requireNonNull(commitment, "commitment");
        return draw(commitment.verify(revealed), publicIds);
    }

    /**
     * The ids as a list, each checked: non-empty, free of control characters (the canonical texts use
     * {@code \t} and {@code \n} as separators) and of lone surrogates (which have no UTF-8 form, so two ids
     * could encode alike). Callers find duplicates once the ids are sorted.
     */
    static List<String> requireWellFormedIds(Collection<String> publicIds) {
        Objects.requireNonNull(publicIds, "publicIds");
        var ids = new ArrayList<String>(publicIds);
        for (String id : ids) {
            requireValidId(id);
        }
        return ids;
    }

    static IllegalArgumentException duplicate(String id) {
        return new IllegalArgumentException("public id appears twice in the draw: " + id);
    }

    private static void requireValidId(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a public id is a non-empty text");
        }
        for (int i = 0, length = id.length(); i < length; i++) {
            char c = id.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII, what every platform id is: the checks below cannot apply
            }
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException("a public id holds no control characters: " + id.strip());
            }
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("a public id holds no lone surrogate (no UTF-8 form)");
            }
        }
    }

    private static long number(MessageDigest digest, byte[] seedBytes, byte[] idBytes) {
        digest.reset();
        digest.update(seedBytes);
        digest.update(idBytes);
        return ByteBuffer.wrap(digest.digest()).getLong(); // big-endian: the first 8 bytes
    }

    /**
     * {@link #number(MessageDigest, byte[], byte[])} for many ids without an array per id: the seed stays at the
     * front of one buffer, an ASCII id (every platform id) is written after it char by char, the digest goes into a
     * reused array. The same bytes are hashed, so the same numbers come out ({@code LotteryDrawTest} compares).
     */
    private static final class Hasher {
        private final MessageDigest digest;
        private final byte[] seedBytes;
        private byte[] message;
        private final byte[] out = new byte[32];

        Hasher(MessageDigest digest, byte[] seedBytes) {
            this.digest = digest;
            this.seedBytes = seedBytes;
            this.message = Arrays.copyOf(seedBytes, seedBytes.length + 64);
        }

        long number(String id) {
            int length = id.length();
            int at = seedBytes.length;
            if (message.length < at + length) {
                message = Arrays.copyOf(message, at + 2 * length);
            }
            for (int i = 0; i < length; i++) {
                char c = id.charAt(i);
                if (c >= 0x80) {
                    return LotteryDraw.number(digest, seedBytes, Digests.utf8(id));
                }
                message[at + i] = (byte) c;
            }
            digest.reset();
            digest.update(message, 0, at + length);
            try {
                digest.digest(out, 0, out.length);
            } catch (DigestException e) {
                throw new IllegalStateException(e);
            }
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (out[i] & 0xFF);
            }
            return v;
        }
    }

    /** Draw order: the smaller unsigned number first; equal numbers by the ids' UTF-8 bytes, unsigned. */
    static int compare(long numberA, String idA, long numberB, String idB) {
        int byNumber = Long.compareUnsigned(numberA, numberB);
        return byNumber != 0 ? byNumber : Digests.compareUtf8(idA, idB);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Drawn(String id, long number) implements Comparable<Drawn> {
        @Override
        public int compareTo(Drawn other) {
            return compare(number, id, other.number, other.id);
        }
    }
}
