package cn.baishan.enrollment.catchment.zones.domain;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a district's zoning for one stage. Zones are fixed at drafting; afterwards only the
 * lifecycle moves. Once published it is in force from its effective date until a later version's.
 */
public final class ZonePlan {

    /** Dates are Beijing dates: a plan takes effect at 00:00 in China. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final UUID id;
    private final String districtCode;
    private final Stage stage;
    private final int version;
    private final List<Zone> zones;
    private final Instant draftedAt;
    private final String draftedBy;
    private PlanStatus status;
    private String evaluation;
    private LocalDate hearingDate;
    private String hearingRecord;
    private String approvedBy;
    private Instant approvedAt;
    private Instant publishedAt;
    private LocalDate effectiveFrom;

    private ZonePlan(
            UUID id,
            String districtCode,
            Stage stage,
            int version,
            List<Zone> zones,
            Instant draftedAt,
            String draftedBy,
            PlanStatus status) {
        this.id = Objects.requireNonNull(id);
        this.districtCode = Objects.requireNonNull(districtCode);
        this.stage = Objects.requireNonNull(stage);
        this.version = version;
        this.zones = List.copyOf(zones);
        this.draftedAt = draftedAt;
        this.draftedBy = draftedBy;
        this.status = status;
    }

    /** A new draft; the zones must already have passed {@link ZoneChecks}. */
    public static ZonePlan draft(
            UUID id, String districtCode, Stage stage, int version, List<Zone> zones, String by, Instant now) {
        return new ZonePlan(id, districtCode, stage, version, zones, now, by, PlanStatus.DRAFT);
    }

    /** Rebuilds a stored plan; no rule is re-run. */
    public static ZonePlan restore(
            UUID id,
            String districtCode,
            Stage stage,
            int version,
            List<Zone> zones,
            Instant draftedAt,
            String draftedBy,
            PlanStatus status,
            String evaluation,
            LocalDate hearingDate,
            String hearingRecord,
            String approvedBy,
            Instant approvedAt,
            Instant publishedAt,
            LocalDate effectiveFrom) {
        ZonePlan plan = new ZonePlan(id, districtCode, stage, version, zones, draftedAt, draftedBy, status);
        plan.evaluation = evaluation;
        plan.hearingDate = hearingDate;
        plan.hearingRecord = hearingRecord;
        plan.approvedBy = approvedBy;
        plan.approvedAt = approvedAt;
        plan.publishedAt = publishedAt;
        plan.effectiveFrom = effectiveFrom;
        return plan;
    }

    /** Records the evaluation (科学评估) of the draft: enrollment numbers, school sizes, transport, opinions. */
    public void evaluate(String evaluation) {
        require(PlanStatus.DRAFT, "只有草案可以提交评估");
        if (evaluation == null || evaluation.isBlank()) {
            throw new PlanTransitionException("evaluation-required", "评估意见不能为空");
        }
        this.evaluation = evaluation.trim();
        this.status = PlanStatus.EVALUATED;
    }

    /** Records a hearing (听证) held on the evaluated plan; optional, but kept with the plan when held. */
    public void recordHearing(LocalDate date, String record) {
        require(PlanStatus.EVALUATED, "听证记录应在评估之后、批准之前录入");
        if (date == null || record == null || record.isBlank()) {
            throw new PlanTransitionException("hearing-incomplete", "听证日期和听证记录均须填写");
        }
        this.hearingDate = date;
        this.hearingRecord = record.trim();
    }

    /**
     * Approves the evaluated plan. Every public school of the district that enrolls this stage must be
     * in a zone ({@code schoolsWithoutZone} empty), new schools included.
     */
    public void approve(String by, Instant at, List<String> schoolsWithoutZone) {
        require(PlanStatus.EVALUATED, "只有评估后的方案可以批准");
        if (!schoolsWithoutZone.isEmpty()) {
            throw new PlanTransitionException(
                    "every-school-zoned", "以下公办学校没有划定招生片区：" + String.join("、", schoolsWithoutZone));
        }
        this.approvedBy = by;
        this.approvedAt = at;
        this.status = PlanStatus.APPROVED;
    }

    /**
     * Publishes the approved plan in advance: it takes effect on {@code effectiveFrom}, which must be at
     * least the district's notice period after today (提前向社会公布).
     */
    public void publish(LocalDate effectiveFrom, Instant now, Duration noticePeriod) {
        require(PlanStatus.APPROVED, "只有批准后的方案可以公布");
        LocalDate earliest = now.atZone(CHINA).toLocalDate().plusDays(noticePeriod.toDays());
        if (effectiveFrom == null || effectiveFrom.isBefore(earliest)) {
            throw new PlanTransitionException(
                    "notice-period", "生效日期最早为 " + earliest + "（公布后须经过 " + noticePeriod.toDays() + " 天公示期）");
        }
        this.publishedAt = now;
        this.effectiveFrom = effectiveFrom;
        this.status = PlanStatus.PUBLISHED;
    }

    /**
     * Records an approved plan that has been in force since before the platform existed (存量片区登记),
     * citing the document that published it then; no notice period applies to the past.
     */
    public void recordAsInForce(LocalDate effectiveFrom, String publicationReference, Instant now) {
        require(PlanStatus.APPROVED, "只有批准后的方案可以登记为现行方案");
        if (effectiveFrom == null || effectiveFrom.isAfter(now.atZone(CHINA).toLocalDate())) {
            throw new PlanTransitionException("in-force-date", "登记现行方案时，生效日期不能晚于今天；未来生效的方案请走公布流程");
        }
        if (publicationReference == null || publicationReference.isBlank()) {
            throw new PlanTransitionException("publication-reference", "登记现行方案须注明原公布文件");
        }
        this.evaluation = (evaluation == null ? "" : evaluation + "\n") + "原公布文件：" + publicationReference.trim();
        this.publishedAt = now;
        this.effectiveFrom = effectiveFrom;
        this.status = PlanStatus.PUBLISHED;
    }

    public boolean inForceOn(LocalDate date) {
        return status == PlanStatus.PUBLISHED && !effectiveFrom.isAfter(date);
    }

    private void require(PlanStatus expected, String message) {
        if (status != expected) {
            throw new PlanTransitionException("status", message + "（当前状态：" + status + "）");
        }
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public Stage stage() {
        return stage;
    }

    public int version() {
        return version;
    }

    public List<Zone> zones() {
        return zones;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public PlanStatus status() {
        return status;
    }

    public String evaluation() {
        return evaluation;
    }

    public LocalDate hearingDate() {
        return hearingDate;
    }

    public String hearingRecord() {
        return hearingRecord;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
