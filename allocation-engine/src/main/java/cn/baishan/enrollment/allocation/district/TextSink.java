package cn.baishan.enrollment.allocation.district;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a canonical text goes: into one string, or straight into SHA-256 in 64 KiB chunks, so the digest of a
 * million-child input (hundreds of MB of text) never holds the whole text in memory.
 */
final class TextSink {

    private static final int CHUNK = 1 << 16;

    private final StringBuilder text;
    private final MessageDigest digest;

    private TextSink(StringBuilder text, MessageDigest digest) {
        this.text = text;
        this.digest = digest;
    }

    static TextSink toText() {
        return new TextSink(new StringBuilder(1 << 12), null);
    }

    static TextSink toDigest() {
        try {
            return new TextSink(new StringBuilder(CHUNK + 1024), MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    TextSink append(String s) {
        text.append(s);
        return this;
    }

    TextSink append(char c) {
        text.append(c);
        return this;
    }

    TextSink append(long v) {
        text.append(v);
        return this;
    }

    /** Ends a line; in digest mode, hands full chunks to SHA-256 (always at a line end, so no char is split). */
    TextSink endLine() {
        text.append('\n');
        if (digest != null && text.length() >= CHUNK) {
            flush();
        }
        return this;
    }

    private void flush() {
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }

    String text() {
        return text.toString();
    }

    String digestHex() {
        flush();
        return HexFormat.of().formatHex(digest.digest());
    }
}
