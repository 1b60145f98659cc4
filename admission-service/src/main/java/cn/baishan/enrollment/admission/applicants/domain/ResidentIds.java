package cn.baishan.enrollment.admission.applicants.domain;

import java.util.regex.Pattern;

/** What admission reads off a child's ID document before forgetting it: the sex, for balanced classes. */
public final class ResidentIds {

    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[0-9Xx]");

    private ResidentIds() {}

    /**
     * {@code M} or {@code F} from the 17th digit of an 18-digit resident ID (odd = male, even = female,
     * GB 11643); null for other documents, which do not tell.
     */
    public static String sex(String idType, String idNumber) {
        if (!"RESIDENT_ID".equals(idType)
                || idNumber == null
                || !RESIDENT_ID.matcher(idNumber).matches()) {
            return null;
        }
        int digit = idNumber.charAt(16) - '0';
        return digit % 2 == 1 ? "M" : "F";
    }
}
