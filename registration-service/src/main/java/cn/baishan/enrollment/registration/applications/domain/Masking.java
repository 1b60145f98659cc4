package cn.baishan.enrollment.registration.applications.domain;

/** How personal identifiers are shown anywhere but the holder's own form: 2206**********0020. */
public final class Masking {

    private Masking() {}

    public static String idNumber(String number) {
        if (number == null) {
            return null;
        }
        int n = number.length();
        if (n <= 8) {
            return "*".repeat(n);
        }
        // short documents (passports, permits) keep less of themselves than an 18-digit resident ID
        int keep = n < 14 ? 2 : 4;
        return number.substring(0, keep) + "*".repeat(n - 2 * keep) + number.substring(n - keep);
    }

    /** Keeps the surname: 张** . */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.charAt(0) + "*".repeat(name.length() - 1);
    }
}
