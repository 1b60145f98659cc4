package cn.baishan.enrollment.registration.applications.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as parents read them: 2027年8月31日, 2027年7月1日 08:00 (Beijing time). */
public final class ChineseDates {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ChineseDates() {}

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(BEIJING));
    }
}
