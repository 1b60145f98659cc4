package cn.baishan.enrollment.catchment.warnings.domain;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.PlanTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A seat warning (学位预警) for a school and enrollment year: announced publicly with a start date;
 * children whose hukou move-in or property registration falls on or after that date are placed by the
 * district's overall arrangement (统筹) instead of being guaranteed this school. Lifted by another
 * announcement.
 */
public final class SeatWarning {

    private final UUID id;
    private final String schoolCode;
    private final String districtCode;
    private final Stage stage;
    private final int enrollmentYear;
    private final WarningLevel level;
    private final LocalDate startDate;
    private final String announcement;
    private final Instant announcedAt;
    private LocalDate liftedOn;
    private String liftAnnouncement;

    public SeatWarning(
            UUID id,
            String schoolCode,
            String districtCode,
            Stage stage,
            int enrollmentYear,
            WarningLevel level,
            LocalDate startDate,
            String announcement,
            Instant announcedAt,
            LocalDate liftedOn,
            String liftAnnouncement) {
        this.id = Objects.requireNonNull(id);
        this.schoolCode = Objects.requireNonNull(schoolCode);
        this.districtCode = Objects.requireNonNull(districtCode);
        this.stage = Objects.requireNonNull(stage);
        this.enrollmentYear = enrollmentYear;
        this.level = Objects.requireNonNull(level);
        this.startDate = Objects.requireNonNull(startDate);
        this.announcement = announcement;
        this.announcedAt = announcedAt;
        this.liftedOn = liftedOn;
        this.liftAnnouncement = liftAnnouncement;
    }

    /** Issues a warning; it needs a level above NONE and a public announcement. */
    public static SeatWarning issue(
            UUID id,
            String schoolCode,
            String districtCode,
            Stage stage,
            int year,
            WarningLevel level,
            LocalDate startDate,
            String announcement,
            Instant now) {
        if (level == WarningLevel.NONE) {
            throw new PlanTransitionException("warning-level", "预警等级不能为“无预警”");
        }
        if (announcement == null || announcement.isBlank()) {
            throw new PlanTransitionException("announcement-required", "发布学位预警须附公告内容");
        }
        return new SeatWarning(
                id, schoolCode, districtCode, stage, year, level, startDate, announcement.trim(), now, null, null);
    }

    /** Lifts the warning from a date, with its own announcement (解除预警公告). */
    public void lift(LocalDate on, String announcement) {
        if (liftedOn != null) {
            throw new PlanTransitionException("already-lifted", "该预警已于 " + liftedOn + " 解除");
        }
        if (on == null || on.isBefore(startDate)) {
            throw new PlanTransitionException("lift-date", "解除日期不能早于预警起始日期 " + startDate);
        }
        if (announcement == null || announcement.isBlank()) {
            throw new PlanTransitionException("announcement-required", "解除预警须附公告内容");
        }
        this.liftedOn = on;
        this.liftAnnouncement = announcement.trim();
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(startDate) && (liftedOn == null || date.isBefore(liftedOn));
    }

    public UUID id() {
        return id;
    }

    public String schoolCode() {
        return schoolCode;
    }

    public String districtCode() {
        return districtCode;
    }

    public Stage stage() {
        return stage;
    }

    public int enrollmentYear() {
        return enrollmentYear;
    }

    public WarningLevel level() {
        return level;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public String announcement() {
        return announcement;
    }

    public Instant announcedAt() {
        return announcedAt;
    }

    public LocalDate liftedOn() {
        return liftedOn;
    }

    public String liftAnnouncement() {
        return liftAnnouncement;
    }
}
