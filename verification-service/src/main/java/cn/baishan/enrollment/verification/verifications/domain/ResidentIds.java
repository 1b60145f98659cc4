package cn.baishan.enrollment.verification.verifications.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The GB 11643 rules an 18-character resident ID number must keep (the same registration applies to the
 * form): shape, a real birth date, the ISO 7064 MOD 11-2 check character.
 */
public final class ResidentIds {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private ResidentIds() {}

    /** The rule the number breaks ({@code format}, {@code birth-date}, {@code check-digit}), or empty. */
    public static Optional<String> brokenRule(String number) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return Optional.of("format");
        }
        try {
            LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("birth-date");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return number.charAt(17) == CHECK_CHARS.charAt(sum % 11) ? Optional.empty() : Optional.of("check-digit");
    }
}
