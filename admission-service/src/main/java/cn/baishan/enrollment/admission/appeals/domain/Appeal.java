package cn.baishan.enrollment.admission.appeals.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A family's appeal (申诉) of a published result, decided once by district staff with a recorded reason. Upheld with a
 * school, it moves the child (re-checked elsewhere); upheld without one, or dismissed, the placement stays.
 */
public final class Appeal {

    private final UUID id;
    private final UUID applicationId;
    private final UUID runId;
    private final UUID seasonId;
    private final String districtCode;
    private final String publicId;
    private final String statement;
    private final Instant filedAt;
    private AppealStatus status;
    private String reason;
    private String schoolCode;
    private String decidedBy;
    private Instant decidedAt;

    private Appeal(
            UUID id,
            UUID applicationId,
            UUID runId,
            UUID seasonId,
            String districtCode,
            String publicId,
            String statement,
            Instant filedAt) {
        this.id = Objects.requireNonNull(id);
        this.applicationId = Objects.requireNonNull(applicationId);
        this.runId = runId;
        this.seasonId = Objects.requireNonNull(seasonId);
        this.districtCode = Objects.requireNonNull(districtCode);
        this.publicId = publicId;
        this.statement = statement == null ? "" : statement;
        this.filedAt = filedAt;
        this.status = AppealStatus.FILED;
    }

    public static Appeal file(
            UUID id,
            UUID applicationId,
            UUID runId,
            UUID seasonId,
            String districtCode,
            String publicId,
            String statement,
            Instant filedAt) {
        return new Appeal(id, applicationId, runId, seasonId, districtCode, publicId, statement, filedAt);
    }

    public static Appeal restore(
            UUID id,
            UUID applicationId,
            UUID runId,
            UUID seasonId,
            String districtCode,
            String publicId,
            String statement,
            Instant filedAt,
            AppealStatus status,
            String reason,
            String schoolCode,
            String decidedBy,
            Instant decidedAt) {
        Appeal a = new Appeal(id, applicationId, runId, seasonId, districtCode, publicId, statement, filedAt);
        a.status = status;
        a.reason = reason;
        a.schoolCode = schoolCode;
        a.decidedBy = decidedBy;
        a.decidedAt = decidedAt;
        return a;
    }

    /** Checks a decision before anything is changed for it. */
    public void requireDecidable(AppealStatus outcome, String reason, String schoolCode) {
        if (status != AppealStatus.FILED) {
            throw new AppealException(
                    "appeal-already-decided", null, "该申诉已于 " + decidedAt + " 作出决定（" + status + "），不能再次决定。");
        }
        if (outcome == null || outcome == AppealStatus.FILED) {
            throw new AppealException("one-of", "outcome", "决定结果须为 UPHELD（支持）或 DISMISSED（驳回）");
        }
        if (reason == null || reason.isBlank()) {
            throw new AppealException("not-blank", "reason", "必须填写决定理由");
        }
        if (outcome == AppealStatus.DISMISSED && schoolCode != null) {
            throw new AppealException("not-with-dismissal", "schoolCode", "驳回申诉时不能调整学校");
        }
    }

    public void decide(AppealStatus outcome, String reason, String schoolCode, String actor, Instant at) {
        requireDecidable(outcome, reason, schoolCode);
        this.status = outcome;
        this.reason = reason.strip();
        this.schoolCode = schoolCode;
        this.decidedBy = actor;
        this.decidedAt = at;
    }

    /** Upheld with a new school: the decision changes the placement. */
    public boolean moves() {
        return status == AppealStatus.UPHELD && schoolCode != null;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public UUID runId() {
        return runId;
    }

    public UUID seasonId() {
        return seasonId;
    }

    public String districtCode() {
        return districtCode;
    }

    public String publicId() {
        return publicId;
    }

    public String statement() {
        return statement;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public AppealStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String schoolCode() {
        return schoolCode;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
