package cn.baishan.enrollment.registration.applications.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An 18-character PRC resident identity number (GB 11643-1999): six-digit region code, birth date
 * yyyyMMdd, three-digit sequence whose last digit is odd for men and even for women, and an ISO 7064
 * MOD 11-2 check character. Birth date and sex are read from it, never typed twice.
 */
public final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses a number, or says which rule it breaks: {@code format}, {@code birth-date} or
     * {@code check-digit}.
     */
    public static Result parse(String raw) {
        String value = raw == null ? "" : raw.trim().toUpperCase();
        if (!SHAPE.matcher(value).matches()) {
            return Result.rejected("format", "身份证号码应为18位，前17位为数字，末位为数字或X");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Result.rejected("birth-date", "身份证号码中的出生日期无效");
        }
        if (value.charAt(17) != checkChar(value)) {
            return Result.rejected("check-digit", "身份证号码校验位不正确，请核对后重新填写");
        }
        return new Result(new ResidentIdNumber(value, birth), null, null);
    }

    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Outcome of {@link #parse}: the number, or the rule broken and why. */
    public record Result(ResidentIdNumber number, String rule, String message) {

        static Result rejected(String rule, String message) {
            return new Result(null, rule, message);
        }

        public Optional<ResidentIdNumber> valid() {
            return Optional.ofNullable(number);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return Masking.idNumber(value);
    }
}
