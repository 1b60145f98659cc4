package cn.baishan.enrollment.registration.admission.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * The family's admission notice (录取通知) for one application, as a published allocation run (or a
 * decided appeal) gave it. Notices are kept, never overwritten: the current one is the latest issued.
 *
 * @param id the id of the event that issued it: a redelivery is the same notice
 * @param outcome {@code ADMITTED}, {@code SPECIAL_SCHOOL}, {@code HOME_TEACHING} or {@code UNPLACED}
 * @param route {@code DISABILITY}, {@code DIRECT_PROMOTION}, {@code IN_ZONE}, {@code SIBLING},
 *     {@code OVERFLOW}, {@code APPEAL}; null when unplaced
 * @param appealDeadline the last day (China time) an appeal may be filed; null: no appeal possible
 * @param appealId the appeal that led to this notice, when it was re-issued after one
 */
public record AdmissionNotice(
        UUID id,
        UUID applicationId,
        UUID runId,
        String districtCode,
        int enrollmentYear,
        String stage,
        String publicId,
        String outcome,
        String schoolCode,
        String schoolName,
        String route,
        Explanation explanation,
        LocalDate appealDeadline,
        UUID appealId,
        Instant issuedAt) {

    public static final String ADMITTED = "ADMITTED";
    public static final String SPECIAL_SCHOOL = "SPECIAL_SCHOOL";
    public static final String HOME_TEACHING = "HOME_TEACHING";
    public static final String UNPLACED = "UNPLACED";

    /** Deadlines are calendar days where the families live. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Latest issued first; the id only makes the order total. */
    public static final Comparator<AdmissionNotice> NEWEST_FIRST = Comparator.comparing(AdmissionNotice::issuedAt)
            .thenComparing(AdmissionNotice::id)
            .reversed();

    public AdmissionNotice {
        // a notice without these parts cannot be shown or appealed: the event is malformed
        if (id == null || applicationId == null || runId == null || issuedAt == null) {
            throw new IllegalArgumentException("a notice names its event, application, run and time");
        }
        Fields.required(districtCode, 12, "districtCode");
        Fields.required(stage, 20, "stage");
        Fields.required(publicId, 30, "publicId");
        Fields.required(outcome, 20, "outcome");
        Fields.optional(schoolCode, 20, "schoolCode");
        Fields.optional(schoolName, 100, "schoolName");
        Fields.optional(route, 20, "route");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Open until the end of the deadline day, China time; no deadline means no appeal. */
    public boolean appealOpenAt(Instant now) {
        if (appealDeadline == null) {
            return false;
        }
        Instant closes = appealDeadline.plusDays(1).atStartOfDay(CHINA).toInstant();
        return now.isBefore(closes);
    }

    /** True when this notice replaces {@code other} as the current one (issued later). */
    public boolean supersedes(AdmissionNotice other) {
        return other == null || NEWEST_FIRST.compare(this, other) < 0;
    }
}
