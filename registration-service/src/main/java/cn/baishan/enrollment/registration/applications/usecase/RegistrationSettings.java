package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.DistrictRules;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code baishan.registration}: the grade-1 age cut-off (MM-dd, default {@code 08-31}) and
 * the number of school preferences, city-wide and per district
 * ({@code baishan.registration.districts.<code>.age-cut-off}), and the registration window that applies
 * where a district has set none.
 */
@ConfigurationProperties("baishan.registration")
public record RegistrationSettings(
        @DefaultValue("08-31") String ageCutOff,
        @DefaultValue("5") int maxSchoolPreferences,
        Map<String, District> districts,
        @DefaultValue DefaultWindow defaultWindow) {

    static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    public RegistrationSettings {
        districts = districts == null ? Map.of() : Map.copyOf(districts);
        // fail at start-up, not at the first parent's submission
        monthDay(ageCutOff, "baishan.registration.age-cut-off");
        districts.forEach((code, d) -> {
            if (d.ageCutOff() != null) {
                monthDay(d.ageCutOff(), "baishan.registration.districts." + code + ".age-cut-off");
            }
        });
        monthDay(defaultWindow.opens(), "baishan.registration.default-window.opens");
        monthDay(defaultWindow.closes(), "baishan.registration.default-window.closes");
    }

    /** A district's own rules; anything it leaves out falls back to the city-wide value. */
    public record District(String ageCutOff, Integer maxSchoolPreferences) {}

    /**
     * The window used where a district has set none. {@code openAllYear} (the local stack) accepts
     * applications from 1 January of the year before the enrollment year to 31 December of it;
     * otherwise from {@code opens} to the end of {@code closes} (MM-dd, Beijing time) of the enrollment year.
     */
    public record DefaultWindow(
            @DefaultValue("false") boolean openAllYear,
            @DefaultValue("07-01") String opens,
            @DefaultValue("07-31") String closes) {}

    public DistrictRules rulesFor(String districtCode) {
        District d = districts.get(districtCode);
        String cutOff = d != null && d.ageCutOff() != null ? d.ageCutOff() : ageCutOff;
        int preferences =
                d != null && d.maxSchoolPreferences() != null ? d.maxSchoolPreferences() : maxSchoolPreferences;
        return new DistrictRules(monthDay(cutOff, "age-cut-off"), preferences);
    }

    static MonthDay monthDay(String value, String property) {
        try {
            return MonthDay.parse(value, MONTH_DAY);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(property + " must be MM-dd, e.g. 08-31, not " + value, e);
        }
    }
}
