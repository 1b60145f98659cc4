package cn.baishan.enrollment.verification.verifications.domain;

/** ID numbers shown in evidence, logs and audit: 2206**********0020. */
public final class Masking {

    private Masking() {}

    public static String idNumber(String number) {
        if (number == null || number.length() <= 8) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }
}
