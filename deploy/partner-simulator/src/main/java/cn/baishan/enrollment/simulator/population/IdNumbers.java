package cn.baishan.enrollment.simulator.population;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Resident ID numbers as defined by GB 11643-1999 (ISO 7064 MOD 11-2 check character). */
public final class IdNumbers {

    /** Shape only: 17 digits and a digit or {@code X}; the check character is verified by {@link #isValid}. */
    public static final String SHAPE = "\\d{17}[\\dX]";

    private static final Pattern SHAPE_PATTERN = Pattern.compile(SHAPE);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private IdNumbers() {}

    /** The check character for the first 17 characters of an ID number. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** True when the number has the right shape, a real birth date and the right check character. */
    public static boolean isValid(String idNumber) {
        if (idNumber == null || !SHAPE_PATTERN.matcher(idNumber).matches()) {
            return false;
        }
        try {
            birthDate(idNumber);
        } catch (DateTimeException e) {
            return false;
        }
        return checkCharacter(idNumber) == idNumber.charAt(17);
    }

    public static LocalDate birthDate(String idNumber) {
        return LocalDate.of(
                Integer.parseInt(idNumber.substring(6, 10)),
                Integer.parseInt(idNumber.substring(10, 12)),
                Integer.parseInt(idNumber.substring(12, 14)));
    }

    /** The 17th character is odd for men and even for women. */
    public static Sex sex(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1 ? Sex.M : Sex.F;
    }

    /** The form allowed in logs and lists: first 4 and last 4 characters, e.g. {@code 2206**********0020}. */
    public static String mask(String idNumber) {
        if (idNumber == null) {
            return "null";
        }
        if (idNumber.length() <= 8) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }
}
