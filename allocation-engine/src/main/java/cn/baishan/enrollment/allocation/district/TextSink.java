package cn.baishan.enrollment.allocation.district;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a canonical text goes: into one string, or straight into SHA-256 through a 64 KiB byte buffer, so the
 * digest of a million-child input (a few hundred MB of text) neither holds the text in memory nor builds it as
 * strings first. ASCII (every code of the platform) is copied byte by byte; any other character is UTF-8 encoded.
 */
abstract class TextSink {

    static TextSink toText() {
        return new ToText();
    }

    /** Text written to {@code out} in pieces of about 64 K characters; {@link #flush} writes the rest. */
    static TextSink toWriter(Writer out) {
        return new ToText(out);
    }

    static TextSink toDigest() {
        return new ToDigest();
    }

    abstract TextSink append(String s);

    /**
     * Appends a field value that must survive the round trip (see {@link DistrictInputText#code}), checking it in the
     * same pass that copies it.
     */
    TextSink appendCode(String value, String what) {
        return append(DistrictInputText.code(value, what));
    }

    abstract TextSink append(char c);

    abstract TextSink append(long v);

    abstract TextSink endLine();

    String text() {
        throw new UnsupportedOperationException();
    }

    /** Hands what is buffered to the underlying writer, if there is one. */
    void flush() {}

    String digestHex() {
        throw new UnsupportedOperationException();
    }

    private static final class ToText extends TextSink {
        private static final int CHUNK = 1 << 16;
        private final StringBuilder text = new StringBuilder(1 << 12);
        private final Writer out;

        ToText() {
            this(null);
        }

        ToText(Writer out) {
            this.out = out;
        }

        @Override
        TextSink append(String s) {
            text.append(s);
            return this;
        }

        @Override
        TextSink append(char c) {
            text.append(c);
            return this;
        }

        @Override
        TextSink append(long v) {
            text.append(v);
            return this;
        }

        @Override
        TextSink endLine() {
            text.append('\n');
            if (out != null && text.length() >= CHUNK) {
                hand();
            }
            return this;
        }

        @Override
        String text() {
            return text.toString();
        }

        @Override
        void flush() {
            if (out != null) {
                hand();
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException("writing the input text failed", e);
                }
            }
        }

        private void hand() {
            try {
                out.append(text);
            } catch (IOException e) {
                throw new UncheckedIOException("writing the input text failed", e);
            }
            text.setLength(0);
        }
    }

    private static final class ToDigest extends TextSink {
        private static final int SIZE = 1 << 16;
        private final byte[] buffer = new byte[SIZE];
        private int at;
        private final MessageDigest digest;

        ToDigest() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private void room(int bytes) {
            if (at + bytes > SIZE) {
                digest.update(buffer, 0, at);
                at = 0;
            }
        }

        @Override
        TextSink append(String s) {
            int length = s.length();
            if (length > SIZE / 4) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                room(SIZE);
                digest.update(bytes);
                return this;
            }
            room(3 * length);
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    buffer[at++] = (byte) c;
                } else {
                    // Not ASCII: encode the rest of the string properly (surrogate pairs included).
                    byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(rest, 0, buffer, at, rest.length);
                    at += rest.length;
                    return this;
                }
            }
            return this;
        }

        // The same code strings (a few thousand schools) recur in every child's lists: their checked UTF-8 bytes are
        // kept by identity, so the common case is one identity hash and a short array copy.
        private static final int CACHE = 1 << 15;
        private final String[] cachedCode = new String[CACHE];
        private final byte[][] cachedBytes = new byte[CACHE][];

        @Override
        TextSink appendCode(String value, String what) {
            if (value == null) {
                return append(DistrictInputText.code(null, what));
            }
            int slot = System.identityHashCode(value) & (CACHE - 1);
            byte[] bytes;
            if (cachedCode[slot] == value) {
                bytes = cachedBytes[slot];
            } else {
                bytes = DistrictInputText.code(value, what).getBytes(StandardCharsets.UTF_8);
                cachedCode[slot] = value;
                cachedBytes[slot] = bytes;
            }
            if (bytes.length > SIZE / 2) {
                room(SIZE);
                digest.update(bytes);
                return this;
            }
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, at, bytes.length);
            at += bytes.length;
            return this;
        }

        @Override
        TextSink append(char c) {
            if (c < 0x80) {
                room(1);
                buffer[at++] = (byte) c;
                return this;
            }
            return append(String.valueOf(c));
        }

        @Override
        TextSink append(long v) {
            if (v >= 0 && v < 10) {
                room(1);
                buffer[at++] = (byte) ('0' + v);
                return this;
            }
            return append(Long.toString(v));
        }

        @Override
        TextSink endLine() {
            room(1);
            buffer[at++] = '\n';
            return this;
        }

        @Override
        String digestHex() {
            digest.update(buffer, 0, at);
            at = 0;
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
