package cn.baishan.enrollment.registration.applications.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * When a district accepts applications for one stage of one enrollment year (报名时间). Set by the
 * district; where it has set none, the platform's configured default applies ({@code districtSet} false).
 */
public record RegistrationWindow(
        String districtCode, int enrollmentYear, Stage stage, Instant opensAt, Instant closesAt, boolean districtSet) {

    public RegistrationWindow {
        Objects.requireNonNull(districtCode);
        Objects.requireNonNull(stage);
        Objects.requireNonNull(opensAt);
        Objects.requireNonNull(closesAt);
        if (!opensAt.isBefore(closesAt)) {
            throw new InvalidApplicationException(new Violation("closesAt", "after-opens-at", "截止时间须晚于开始时间"));
        }
    }

    /** Open from {@code opensAt} inclusive to {@code closesAt} exclusive. */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    /** The window in a parent's words: 2027年7月1日 08:00 至 2027年7月15日 17:00（北京时间）. */
    public String describe() {
        return ChineseDates.dateTime(opensAt) + " 至 " + ChineseDates.dateTime(closesAt) + "（北京时间）";
    }
}
