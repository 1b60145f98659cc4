package cn.baishan.enrollment.registration.transparency.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defence in depth for what departments said: verification-service publishes masked text, but a
 * resident ID that slipped into an answer (18 characters, or the old 15 digits) is masked here too
 * before it is stored or shown.
 */
public final class IdNumbers {

    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])");

    private IdNumbers() {}

    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = RESIDENT_ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(1);
            m.appendReplacement(out, id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4));
        }
        m.appendTail(out);
        return out.toString();
    }
}
