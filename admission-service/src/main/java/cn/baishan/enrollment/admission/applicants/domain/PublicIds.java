package cn.baishan.enrollment.admission.applicants.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The public id of an application, used on public lists and as the lottery input: {@code P} (primary) or
 * {@code J} (junior), the year, a dash, and the first 12 hex digits (upper case) of the SHA-256 of the
 * application id's text, e.g. {@code P2027-3F9A2C1B7D4E}. Anyone can recompute it from the id; nobody can
 * go back from it to the id.
 */
public final class PublicIds {

    private PublicIds() {}

    /** @param stage {@code PRIMARY} / {@code JUNIOR}, or registration's {@code PRIMARY_GRADE_1} / {@code JUNIOR_GRADE_7} */
    public static String of(UUID applicationId, int enrollmentYear, String stage) {
        String prefix = stage != null && stage.startsWith("JUNIOR") ? "J" : "P";
        return prefix + enrollmentYear + "-"
                + sha256Hex(applicationId.toString()).substring(0, 12);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
