package cn.baishan.enrollment.allocation.lottery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 digests and the canonical text encodings a run's input and result digests are computed over
 * (README, "Verifiable lottery"): UTF-8, every line ended by {@code \n} (no {@code \r}, so the last line
 * ends with {@code \n} too), fields separated by {@code \t}, lines sorted by public id.
 */
public final class Digests {

    private static final HexFormat HEX = HexFormat.of();

    /**
     * Orders well-formed strings (no lone surrogates) as their UTF-8 bytes compared as unsigned values — the order
     * any language gets from a byte-wise sort, which differs from Java's UTF-16 {@code String} order outside the
     * BMP — without encoding them: UTF-8 byte order is code point order.
     */
    public static final Comparator<String> BY_UTF8_BYTES = Digests::compareUtf8;

    private Digests() {}

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
            throw new IllegalStateException(e);
        }
    }

    /** Lowercase hex SHA-256 of the bytes. */
    public static String sha256Hex(byte[] data) {
        return HEX.formatHex(sha256(data));
    }

    /** Lowercase hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256Hex(String text) {
        return sha256Hex(utf8(text));
    }

    /** Digest of a draw's inputs: {@link #canonicalInputs}. */
    public static String inputDigest(Collection<String> publicIds) {
        return sha256Hex(canonicalInputs(publicIds));
    }

    /** Digest of a draw's result: {@link #canonicalResult}. */
    public static String resultDigest(Collection<LotteryEntry> entries) {
        return sha256Hex(canonicalResult(entries));
    }

    /**
     * One line per public id, {@code <publicId>\n}, sorted by UTF-8 bytes; no header. The ids must be valid for
     * a draw (non-empty, no control characters, no lone surrogates, no duplicates), so the text is unambiguous.
     */
    public static String canonicalInputs(Collection<String> publicIds) {
        List<String> ids = LotteryDraw.requireWellFormedIds(publicIds);
        ids.sort(utf8Order(ids));
        refuseAdjacentDuplicates(ids);
        var text = new StringBuilder(ids.size() * 20);
        for (String id : ids) {
            text.append(id).append('\n');
        }
        return text.toString();
    }

    /**
     * One line per entry, {@code <publicId>\t<number as 16 lowercase hex digits>\t<rank in decimal>\n}, sorted by
     * the id's UTF-8 bytes whatever the order given.
     */
    public static String canonicalResult(Collection<LotteryEntry> entries) {
        var ids = LotteryDraw.requireWellFormedIds(
                entries.stream().map(LotteryEntry::publicId).toList());
        // An id holds no control character, so the TAB after it ranks below any id character: sorting whole lines
        // is sorting by id (a shorter id first), and one compact string per line sorts far faster than entries.
        var lines = new String[ids.size()];
        int i = 0;
        for (LotteryEntry entry : entries) {
            lines[i++] = entry.publicId() + '\t' + entry.numberHex() + '\t' + entry.rank() + '\n';
        }
        Arrays.sort(lines, utf8Order(ids));
        var text = new StringBuilder(lines.length * 40);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0 && sameId(lines[l - 1], lines[l])) {
                throw LotteryDraw.duplicate(lines[l].substring(0, lines[l].indexOf('\t')));
            }
            text.append(lines[l]);
        }
        return text.toString();
    }

    private static boolean sameId(String line, String other) {
        int tab = line.indexOf('\t');
        return other.indexOf('\t') == tab && line.regionMatches(0, other, 0, tab);
    }

    /**
     * Compares two well-formed strings in code point order, that is in the order of their UTF-8 bytes. At the first
     * differing UTF-16 unit, a surrogate (part of a code point above U+FFFF) must rank above U+E000..U+FFFF, which
     * the shift below arranges; below U+D800 the unit is the code point.
     */
    static int compareUtf8(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Integer.compare(codePointOrder(x), codePointOrder(y));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int codePointOrder(char c) {
        if (c >= 0xE000) {
            return c - 0x800;
        }
        return Character.isSurrogate(c) ? c + 0x2000 : c;
    }

    /**
     * Without surrogates, UTF-16 unit order is code point order, so the JVM's intrinsic {@code String.compareTo}
     * gives the UTF-8 byte order several times faster; one scan of the ids decides.
     */
    private static Comparator<String> utf8Order(List<String> ids) {
        for (String id : ids) {
            for (int i = 0; i < id.length(); i++) {
                if (Character.isSurrogate(id.charAt(i))) {
                    return BY_UTF8_BYTES;
                }
            }
        }
        return Comparator.naturalOrder();
    }

    /** Sorting puts equal ids side by side, so a duplicate costs no set of a million ids. */
    private static void refuseAdjacentDuplicates(List<String> sortedIds) {
        for (int i = 1; i < sortedIds.size(); i++) {
            if (sortedIds.get(i).equals(sortedIds.get(i - 1))) {
                throw LotteryDraw.duplicate(sortedIds.get(i));
            }
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
