package cn.baishan.enrollment.registration.applications.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An enrollment application (入学报名申请) for one child, one stage, one year. It is submitted once,
 * then moves only by verification outcomes; the timeline records every step the parent sees.
 */
public final class Application {

    /** Owner id of an assisted application until the parent claims it with the printed code. */
    public static final String PENDING_OWNER_PREFIX = "pending:";

    private final UUID id;
    private String ownerId;
    private final Submitter submitter;
    private final String districtCode;
    private final int enrollmentYear;
    private final Stage stage;
    private Child child;
    private List<Guardian> guardians;
    private String hukouAddress;
    private Claims claims;
    private final Instant submittedAt;
    private int supplementRound;
    private Instant lastChangeAt;
    private ApplicationStatus status;
    private String category;
    private List<SupplementItem> supplementItems;
    private List<VerificationCheck> checks;
    private String zoneCode;
    private List<String> flags;
    private final List<TimelineEntry> timeline;

    private Application(Builder b) {
        this.id = Objects.requireNonNull(b.id);
        this.ownerId = Objects.requireNonNull(b.ownerId);
        this.submitter = Objects.requireNonNull(b.submitter);
        this.districtCode = b.districtCode;
        this.enrollmentYear = b.enrollmentYear;
        this.stage = b.stage;
        this.child = b.child;
        this.guardians = List.copyOf(b.guardians);
        this.hukouAddress = b.hukouAddress;
        this.claims = b.claims == null ? Claims.NONE : b.claims;
        this.submittedAt = b.submittedAt;
        this.supplementRound = b.supplementRound;
        this.lastChangeAt = b.lastChangeAt == null ? b.submittedAt : b.lastChangeAt;
        this.status = b.status;
        this.category = b.category;
        this.supplementItems = List.copyOf(b.supplementItems);
        this.checks = List.copyOf(b.checks);
        this.zoneCode = b.zoneCode;
        this.flags = List.copyOf(b.flags);
        this.timeline = new ArrayList<>(b.timeline);
    }

    /** A new application, accepted for verification. */
    public static Application submit(UUID id, String ownerId, Submitter submitter, ApplicationForm form, Instant now) {
        return new Builder()
                .id(id)
                .ownerId(ownerId)
                .submitter(submitter)
                .districtCode(form.districtCode())
                .enrollmentYear(form.enrollmentYear())
                .stage(form.stage())
                .child(form.child())
                .guardians(form.guardians())
                .hukouAddress(form.hukouAddress())
                .claims(form.claims())
                .submittedAt(now)
                .lastChangeAt(now)
                .status(ApplicationStatus.SUBMITTED)
                .timeline(List.of(new TimelineEntry(
                        ApplicationStatus.SUBMITTED, now, submitter.assisted() ? "由线下采集网点代为提交" : "家长在线提交")))
                .build();
    }

    /**
     * Verification has begun asking the partner departments. Late or repeated notices change nothing,
     * nor does one older than the last change (e.g. the start of the round before a supplement).
     */
    public void verificationStarted(Instant at) {
        if ((status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.SUPPLEMENTED)
                && !at.isBefore(lastChangeAt)) {
            // a start notice is progress, not a change: it must not make the verdict that follows stale
            Instant changed = lastChangeAt;
            moveTo(ApplicationStatus.VERIFYING, at, "正在与户籍、不动产等部门数据自动比对");
            lastChangeAt = changed;
        }
    }

    /**
     * All checks passed: the application has an admission category, the catchment zone of the verified
     * address when it lies in one, and any flags for district staff (e.g. a move-in during a seat
     * warning: placed by overall arrangement). A verdict older than the last change (a reopen, a
     * supplement, a later verdict) is stale and ignored; returns whether it was applied.
     */
    public boolean verified(
            String category, List<VerificationCheck> checks, String zoneCode, List<String> flags, Instant at) {
        Objects.requireNonNull(category);
        if (stale(at)) {
            return false;
        }
        this.category = category;
        this.checks = List.copyOf(checks);
        this.supplementItems = List.of();
        this.zoneCode = zoneCode;
        this.flags = List.copyOf(flags);
        moveTo(
                ApplicationStatus.VERIFIED,
                at,
                flags.contains("WARNING_PERIOD_ARRIVAL") ? "核验通过（学位预警期间迁入，由区县统筹安排）" : "核验通过");
        return true;
    }

    /**
     * Something is missing or does not match: one consolidated list, never piecemeal. Stale verdicts
     * are ignored as in {@link #verified}.
     */
    public boolean needsSupplement(List<SupplementItem> items, List<VerificationCheck> checks, Instant at) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a supplement request lists at least one item");
        }
        if (stale(at)) {
            return false;
        }
        this.category = null;
        this.checks = List.copyOf(checks);
        this.supplementItems = List.copyOf(items);
        moveTo(ApplicationStatus.NEEDS_SUPPLEMENT, at, "请一次性补充 " + items.size() + " 项材料");
        return true;
    }

    /**
     * Verification checks a verdict again (a department's change notice, a supplement, an upheld
     * dispute): verifying until the next verdict. Returns whether it was applied (not stale).
     */
    public boolean verificationReopened(String reason, Instant at) {
        if (stale(at)) {
            return false;
        }
        moveTo(ApplicationStatus.VERIFYING, at, reason == null || reason.isBlank() ? "重新核验" : "重新核验：" + reason);
        return true;
    }

    /**
     * The family's answer to the supplement list: the corrected form replaces the stored one. Allowed
     * only while a supplement is expected; a form that changes nothing is refused. Returns the changed
     * paths for verification to re-check.
     */
    public List<String> supplement(ApplicationForm corrected, Instant at) {
        if (status != ApplicationStatus.NEEDS_SUPPLEMENT) {
            throw new SupplementNotAllowedException(status);
        }
        if (!corrected.districtCode().equals(districtCode)
                || corrected.enrollmentYear() != enrollmentYear
                || corrected.stage() != stage) {
            throw new IllegalArgumentException("a supplement keeps the district, year and stage");
        }
        List<String> changed = corrected.changedFrom(form());
        if (changed.isEmpty()) {
            throw new NothingChangedException();
        }
        this.child = corrected.child();
        this.guardians = List.copyOf(corrected.guardians());
        this.hukouAddress = corrected.hukouAddress();
        this.claims = corrected.claims();
        this.supplementItems = List.of();
        this.supplementRound++;
        moveTo(ApplicationStatus.SUPPLEMENTED, at, "已补充材料，重新核验");
        return changed;
    }

    /** The parent claims an application collection-point staff submitted for them. */
    public void claimedBy(String userId, Instant at) {
        if (!isPendingOwner()) {
            throw new IllegalStateException("application " + id + " already has an owner");
        }
        this.ownerId = Objects.requireNonNull(userId);
        timeline.add(new TimelineEntry(status, at, "家长已认领线下代为提交的申请"));
    }

    /** Submitted by collection-point staff and not yet claimed by the parent. */
    public boolean isPendingOwner() {
        return ownerId.startsWith(PENDING_OWNER_PREFIX);
    }

    /** The declaration as it stands now, in the shape it was submitted in. */
    public ApplicationForm form() {
        return new ApplicationForm(districtCode, enrollmentYear, stage, child, guardians, hukouAddress, claims);
    }

    /** When verification last passed, if it currently stands verified. */
    public Optional<Instant> verifiedAt() {
        if (status != ApplicationStatus.VERIFIED) {
            return Optional.empty();
        }
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).status() == ApplicationStatus.VERIFIED) {
                return Optional.of(timeline.get(i).at());
            }
        }
        return Optional.empty();
    }

    private boolean stale(Instant at) {
        return at.isBefore(lastChangeAt);
    }

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    private void moveTo(ApplicationStatus next, Instant at, String note) {
        status = next;
        if (at.isAfter(lastChangeAt)) {
            lastChangeAt = at;
        }
        timeline.add(new TimelineEntry(next, at, note));
    }

    public UUID getId() {
        return id;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public Submitter getSubmitter() {
        return submitter;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public int getEnrollmentYear() {
        return enrollmentYear;
    }

    public Stage getStage() {
        return stage;
    }

    public Child getChild() {
        return child;
    }

    public List<Guardian> getGuardians() {
        return guardians;
    }

    public String getHukouAddress() {
        return hukouAddress;
    }

    public Claims getClaims() {
        return claims;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** How many supplement rounds the family has answered. */
    public int getSupplementRound() {
        return supplementRound;
    }

    /** Time of the last change that makes older verification events stale. */
    public Instant getLastChangeAt() {
        return lastChangeAt;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getCategory() {
        return category;
    }

    public List<SupplementItem> getSupplementItems() {
        return supplementItems;
    }

    public List<VerificationCheck> getChecks() {
        return checks;
    }

    public String getZoneCode() {
        return zoneCode;
    }

    public List<String> getFlags() {
        return flags;
    }

    public List<TimelineEntry> getTimeline() {
        return List.copyOf(timeline);
    }

    /** Rebuilds a stored application; used by persistence only, no rule is re-run. */
    public static Builder restore() {
        return new Builder();
    }

    /** Field-by-field construction for {@link #submit} and {@link #restore}. */
    public static final class Builder {
        private UUID id;
        private String ownerId;
        private Submitter submitter;
        private String districtCode;
        private int enrollmentYear;
        private Stage stage;
        private Child child;
        private List<Guardian> guardians = List.of();
        private String hukouAddress;
        private Claims claims = Claims.NONE;
        private Instant submittedAt;
        private int supplementRound;
        private Instant lastChangeAt;
        private ApplicationStatus status;
        private String category;
        private List<SupplementItem> supplementItems = List.of();
        private List<VerificationCheck> checks = List.of();
        private String zoneCode;
        private List<String> flags = List.of();
        private List<TimelineEntry> timeline = List.of();

        public Builder id(UUID id) {
            this.id = id;
            return this;
        }

        public Builder ownerId(String ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        public Builder submitter(Submitter submitter) {
            this.submitter = submitter;
            return this;
        }

        public Builder districtCode(String districtCode) {
            this.districtCode = districtCode;
            return this;
        }

        public Builder enrollmentYear(int enrollmentYear) {
            this.enrollmentYear = enrollmentYear;
            return this;
        }

        public Builder stage(Stage stage) {
            this.stage = stage;
            return this;
        }

        public Builder child(Child child) {
            this.child = child;
            return this;
        }

        public Builder guardians(List<Guardian> guardians) {
            this.guardians = guardians;
            return this;
        }

        public Builder hukouAddress(String hukouAddress) {
            this.hukouAddress = hukouAddress;
            return this;
        }

        public Builder claims(Claims claims) {
            this.claims = claims;
            return this;
        }

        public Builder supplementRound(int supplementRound) {
            this.supplementRound = supplementRound;
            return this;
        }

        public Builder lastChangeAt(Instant lastChangeAt) {
            this.lastChangeAt = lastChangeAt;
            return this;
        }

        public Builder submittedAt(Instant submittedAt) {
            this.submittedAt = submittedAt;
            return this;
        }

        public Builder status(ApplicationStatus status) {
            this.status = status;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder supplementItems(List<SupplementItem> supplementItems) {
            this.supplementItems = supplementItems;
            return this;
        }

        public Builder checks(List<VerificationCheck> checks) {
            this.checks = checks;
            return this;
        }

        public Builder zoneCode(String zoneCode) {
            this.zoneCode = zoneCode;
            return this;
        }

        public Builder flags(List<String> flags) {
            this.flags = flags;
            return this;
        }

        public Builder timeline(List<TimelineEntry> timeline) {
            this.timeline = timeline;
            return this;
        }

        public Application build() {
            return new Application(this);
        }
    }
}
