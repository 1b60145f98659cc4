package cn.baishan.enrollment.registration.applications.domain;

/** How personal identifiers are shown anywhere but the holder's own form: 2206**********0020. */
public final class Masking {

    private Masking() {}

    public static String idNumber(String number) {
        if (number == null) {
            return null;
        }
        if (number.length() <= 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    /** Keeps the surname: 张** . */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.charAt(0) + "*".repeat(name.length() - 1);
    }
}
