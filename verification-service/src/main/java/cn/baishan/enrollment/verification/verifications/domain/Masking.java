package cn.baishan.enrollment.verification.verifications.domain;

/** ID numbers shown in evidence, logs and audit: 2206**********0020. */
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
}
