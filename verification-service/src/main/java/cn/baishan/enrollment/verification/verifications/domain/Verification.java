package cn.baishan.enrollment.verification.verifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The cross-department verification of one application. It stays PENDING while a department is
 * unavailable (retried later, never failed) and completes with one verdict: VERIFIED with a
 * category, or NEEDS_SUPPLEMENT with every problem listed at once.
 */
public final class Verification {

    public static final String HOUSEHOLD_REGISTRATION = "HOUSEHOLD_REGISTRATION";
    public static final String CATCHMENT = "CATCHMENT";
    public static final String REAL_ESTATE = "REAL_ESTATE";
    public static final String RESIDENCE_PERMIT = "RESIDENCE_PERMIT";
    public static final String SOCIAL_INSURANCE = "SOCIAL_INSURANCE";
    public static final String SEAT_WARNING = "SEAT_WARNING";
    public static final String FLAG_WARNING_PERIOD_ARRIVAL = "WARNING_PERIOD_ARRIVAL";
    public static final String FLAG_ZONE_UNRESOLVED = "ZONE_UNRESOLVED";
    public static final String MANUAL_REVIEW = "MANUAL_REVIEW";

    private final UUID id;
    private final UUID applicationId;
    private final Subject subject;
    private final Instant openedAt;
    private final String correlationId;
    private VerificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Verdict verdict;
    private String category;
    private List<Check> checks;
    private List<SupplementItem> supplementItems;
    private String zoneCode;
    private List<String> zoneSchoolCodes = List.of();
    private List<String> flags = List.of();
    private int insuranceMonthsRequired = 12;
    private Instant escalatedAt;
    private String decidedBy;
    private Instant completedAt;
    private Instant reopenedAt;
    private String reopenTrigger;
    private String reopenReason;
    private int reopenCount;
    private Instant answerArrivedAt;

    private Verification(
            UUID id,
            UUID applicationId,
            Subject subject,
            Instant openedAt,
            String correlationId,
            VerificationStatus status,
            int attempts,
            Instant nextAttemptAt,
            Verdict verdict,
            String category,
            List<Check> checks,
            List<SupplementItem> supplementItems,
            Instant completedAt) {
        this.id = Objects.requireNonNull(id);
        this.applicationId = Objects.requireNonNull(applicationId);
        this.subject = Objects.requireNonNull(subject);
        this.openedAt = openedAt;
        this.correlationId = correlationId;
        this.status = status;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.verdict = verdict;
        this.category = category;
        this.checks = List.copyOf(checks);
        this.supplementItems = List.copyOf(supplementItems);
        this.completedAt = completedAt;
    }

    /**
     * Opens the verification of a newly submitted application; due at once. The correlation id is the
     * parent's original request, kept so every later step can be traced back to it.
     */
    public static Verification open(UUID id, UUID applicationId, Subject subject, String correlationId, Instant now) {
        VerificationStatus status =
                subject.child().hasResidentId() ? VerificationStatus.PENDING : VerificationStatus.MANUAL_REVIEW;
        return new Verification(
                id, applicationId, subject, now, correlationId, status, 0, now, null, null, List.of(), List.of(), null);
    }

    public static Verification restore(
            UUID id,
            UUID applicationId,
            Subject subject,
            Instant openedAt,
            String correlationId,
            VerificationStatus status,
            int attempts,
            Instant nextAttemptAt,
            Verdict verdict,
            String category,
            List<Check> checks,
            List<SupplementItem> supplementItems,
            Instant completedAt) {
        return new Verification(
                id,
                applicationId,
                subject,
                openedAt,
                correlationId,
                status,
                attempts,
                nextAttemptAt,
                verdict,
                category,
                checks,
                supplementItems,
                completedAt);
    }

    /**
     * Applies the departments' answers. The household registry unavailable, or catchment unavailable
     * for a verified address: stays pending, next attempt after the policy's delay. Otherwise compares
     * and completes with one verdict. Returns whether the verification completed.
     *
     * @param zone catchment's answer for the declared hukou address; ignored unless the registry
     *     confirmed that address
     * @param properties the real-estate registry's answer for the guardians, with the zone of each
     *     property's address (by property id)
     * @param migrant the permit and insurance of a guardian, asked only when the hukou address lies in
     *     no zone (null otherwise: no department is asked more than it must be)
     * @param warnings seat warnings announced for the application's stage and year
     */
    public boolean applyAnswers(
            HouseholdLookup household,
            ZoneLookup zone,
            PropertyLookup properties,
            Map<String, ZoneLookup> propertyZones,
            MigrantLookup migrant,
            List<WarningNotice> warnings,
            Instant now,
            RetryPolicy retry) {
        if (status != VerificationStatus.PENDING) {
            return false;
        }
        attempts++;
        if (household instanceof HouseholdLookup.Unavailable unavailable) {
            return waitForRetry(
                    new Check(HOUSEHOLD_REGISTRATION, CheckOutcome.UNAVAILABLE, unavailable.reason()), now, retry);
        }
        if (household instanceof HouseholdLookup.Awaiting awaiting) {
            return awaitAnswer(HOUSEHOLD_REGISTRATION, awaiting.reason(), awaiting.askedAt(), now, retry);
        }
        List<Check> results = new ArrayList<>();
        List<SupplementItem> missing = new ArrayList<>();
        compareHukou(household, results, missing);
        List<String> raised = new ArrayList<>();
        boolean propertyInZone = false;
        boolean migrantInZone = false;
        if (missing.isEmpty() && household instanceof HouseholdLookup.Found found) {
            if (zone instanceof ZoneLookup.Unavailable unavailable) {
                return waitForRetry(new Check(CATCHMENT, CheckOutcome.UNAVAILABLE, unavailable.reason()), now, retry);
            }
            if (properties instanceof PropertyLookup.Unavailable unavailable) {
                return waitForRetry(new Check(REAL_ESTATE, CheckOutcome.UNAVAILABLE, unavailable.reason()), now, retry);
            }
            if (properties instanceof PropertyLookup.Awaiting awaiting) {
                return awaitAnswer(REAL_ESTATE, awaiting.reason(), awaiting.askedAt(), now, retry);
            }
            if (propertyZones.values().stream().anyMatch(ZoneLookup.Unavailable.class::isInstance)) {
                return waitForRetry(new Check(CATCHMENT, CheckOutcome.UNAVAILABLE, "招生片区服务暂时无法访问，稍后自动重试"), now, retry);
            }
            if (migrant instanceof MigrantLookup.Unavailable unavailable) {
                return waitForRetry(
                        new Check(unavailable.source(), CheckOutcome.UNAVAILABLE, unavailable.reason()), now, retry);
            }
            if (migrant instanceof MigrantLookup.Awaiting awaiting) {
                return awaitAnswer(awaiting.source(), awaiting.reason(), awaiting.askedAt(), now, retry);
            }
            placeInZone(zone, found.record(), warnings, results, raised);
            propertyInZone = properties instanceof PropertyLookup.Found owned
                    && compareProperties(owned, propertyZones, warnings, results, raised);
            if (zoneCode == null && migrant instanceof MigrantLookup.Found permitAndInsurance) {
                migrantInZone = compareMigrant(permitAndInsurance, now, results, raised);
            }
        }
        checks = List.copyOf(results);
        supplementItems = List.copyOf(missing);
        flags = List.copyOf(raised);
        verdict = missing.isEmpty() ? Verdict.VERIFIED : Verdict.NEEDS_SUPPLEMENT;
        category = category(missing, propertyInZone, migrantInZone);
        status = VerificationStatus.COMPLETED;
        completedAt = now;
        nextAttemptAt = null;
        return true;
    }

    private String category(List<SupplementItem> missing, boolean propertyInZone, boolean migrantInZone) {
        if (!missing.isEmpty()) {
            return null;
        }
        if (migrantInZone) {
            return Categories.MIGRANT_PERMIT_INSURANCE;
        }
        if (zoneCode == null) {
            return Categories.OUTSIDE_ZONES;
        }
        return propertyInZone ? Categories.HUKOU_AND_PROPERTY : Categories.HUKOU_ONLY;
    }

    /** Whether the registry confirmed the declared address (the zone is only looked up then). */
    public static boolean addressConfirmed(HouseholdLookup household, Subject subject) {
        return household instanceof HouseholdLookup.Found found
                && Addresses.same(found.record().addressText(), subject.declaredHukouAddress());
    }

    /**
     * A guardian's residential property in the zone of the verified hukou address makes the family
     * 户房一致. A property registered on or after the start of a seat warning for the zone's schools
     * raises the warning flag as a late move-in does. Returns whether such a property exists.
     */
    private boolean compareProperties(
            PropertyLookup.Found found,
            Map<String, ZoneLookup> propertyZones,
            List<WarningNotice> warnings,
            List<Check> results,
            List<String> raised) {
        List<String> guardians =
                subject.guardians().stream().map(Person::idNumber).toList();
        boolean inZone = false;
        for (PropertyRecord property : found.properties()) {
            boolean ownedByGuardian = property.ownerIdNumbers().stream().anyMatch(guardians::contains);
            ZoneLookup where = propertyZones.get(property.propertyId());
            boolean sameZone = zoneCode != null
                    && where instanceof ZoneLookup.Matched matched
                    && matched.zoneCode().equals(zoneCode);
            if (!ownedByGuardian || !property.residential() || !sameZone) {
                results.add(new Check(
                        REAL_ESTATE,
                        CheckOutcome.MISMATCH,
                        "不动产 " + property.certificateNumber() + "："
                                + (!ownedByGuardian ? "权利人不是监护人" : !property.residential() ? "用途不是住宅" : "不在户籍地址所属片区")));
                continue;
            }
            inZone = true;
            results.add(new Check(
                    REAL_ESTATE,
                    CheckOutcome.MATCH,
                    "监护人住宅不动产 " + property.certificateNumber() + " 在片区 " + zoneCode + "，登记日期 "
                            + property.registrationDate()));
            warnIfArrivedDuringWarning(property.registrationDate(), "不动产登记日期", warnings, results, raised);
        }
        if (found.properties().isEmpty()) {
            results.add(new Check(REAL_ESTATE, CheckOutcome.NOT_FOUND, "监护人名下无登记不动产"));
        }
        return inZone;
    }

    /**
     * 随迁子女 (SPEC §5: the residence permit is the main basis): a guardian's residence permit valid
     * today whose address lies in a zone, and continuous social insurance of at least the configured
     * months. Short of that, the checks say why and the district places the child.
     */
    private boolean compareMigrant(MigrantLookup.Found found, Instant now, List<Check> results, List<String> raised) {
        PermitRecord permit = found.permit();
        LocalDate today = now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        if (permit == null) {
            results.add(new Check(RESIDENCE_PERMIT, CheckOutcome.NOT_FOUND, "监护人无白山市居住证"));
            return false;
        }
        if (!permit.validOn(today)) {
            results.add(new Check(
                    RESIDENCE_PERMIT,
                    CheckOutcome.MISMATCH,
                    "居住证 " + permit.permitNumber() + " 已于 " + permit.expiryDate() + " 过期"));
            return false;
        }
        if (!(found.permitZone() instanceof ZoneLookup.Matched matched)) {
            results.add(new Check(RESIDENCE_PERMIT, CheckOutcome.MISMATCH, "居住证地址不在任何招生片区"));
            return false;
        }
        results.add(new Check(
                RESIDENCE_PERMIT,
                CheckOutcome.MATCH,
                "居住证 " + permit.permitNumber() + " 有效至 " + permit.expiryDate() + "，居住地属于片区 " + matched.zoneCode()));
        InsuranceRecord insurance = found.insurance();
        int months = insurance == null ? 0 : insurance.continuousMonths();
        if (months < insuranceMonthsRequired) {
            results.add(new Check(
                    SOCIAL_INSURANCE,
                    insurance == null ? CheckOutcome.NOT_FOUND : CheckOutcome.MISMATCH,
                    "社保连续缴纳 " + months + " 个月，不足 " + insuranceMonthsRequired + " 个月"));
            return false;
        }
        results.add(new Check(SOCIAL_INSURANCE, CheckOutcome.MATCH, "社保连续缴纳 " + months + " 个月"));
        raised.remove(FLAG_ZONE_UNRESOLVED);
        zoneCode = matched.zoneCode();
        zoneSchoolCodes = matched.schoolCodes();
        return true;
    }

    /**
     * A hukou move-in or a property registration on or after the start of a seat warning (not yet
     * lifted) for one of the zone's schools, in the application's year: the child is placed by overall
     * arrangement (统筹), not guaranteed the zone school.
     */
    private void warnIfArrivedDuringWarning(
            LocalDate arrival, String what, List<WarningNotice> warnings, List<Check> results, List<String> raised) {
        if (arrival == null) {
            return;
        }
        warnings.stream()
                .filter(w -> zoneSchoolCodes.contains(w.schoolCode())
                        && w.enrollmentYear() == subject.enrollmentYear()
                        && w.coversArrivalOn(arrival))
                .findFirst()
                .ifPresent(w -> {
                    if (!raised.contains(FLAG_WARNING_PERIOD_ARRIVAL)) {
                        raised.add(FLAG_WARNING_PERIOD_ARRIVAL);
                    }
                    results.add(new Check(
                            SEAT_WARNING,
                            CheckOutcome.MATCH,
                            what + " " + arrival + " 在学校 " + w.schoolCode() + " 学位预警起始日 " + w.startDate()
                                    + " 之后，按区县统筹安排入学"));
                });
    }

    private boolean waitForRetry(Check unavailable, Instant now, RetryPolicy retry) {
        checks = List.of(unavailable);
        nextAttemptAt = now.plus(retry.delayAfter(attempts));
        return false;
    }

    /**
     * Records the zone of the verified address. A child whose hukou moved in on or after the start of a
     * seat warning for one of the zone's schools is flagged: placed by overall arrangement, not
     * guaranteed the zone school. An address the zoning does not cover is flagged for district staff —
     * every compound must be mapped to a school, so that is the bureau's gap, not the family's.
     */
    private void placeInZone(
            ZoneLookup zone,
            HouseholdRecord record,
            List<WarningNotice> warnings,
            List<Check> results,
            List<String> raised) {
        if (zone instanceof ZoneLookup.Matched matched) {
            zoneCode = matched.zoneCode();
            zoneSchoolCodes = matched.schoolCodes();
            results.add(new Check(CATCHMENT, CheckOutcome.MATCH, "户籍地址属于招生片区 " + matched.zoneCode()));
            warnIfArrivedDuringWarning(record.moveInDate(), "户籍迁入日期", warnings, results, raised);
        } else if (zone instanceof ZoneLookup.Unresolved unresolved) {
            raised.add(FLAG_ZONE_UNRESOLVED);
            results.add(new Check(CATCHMENT, CheckOutcome.NOT_FOUND, unresolved.explanation()));
        }
    }

    private void compareHukou(HouseholdLookup answer, List<Check> results, List<SupplementItem> missing) {
        if (answer instanceof HouseholdLookup.Found found) {
            HouseholdRecord record = found.record();
            if (Addresses.same(record.addressText(), subject.declaredHukouAddress())) {
                results.add(new Check(
                        HOUSEHOLD_REGISTRATION,
                        CheckOutcome.MATCH,
                        "户籍地址一致，户号 " + record.householdNumber() + "，迁入日期 " + record.moveInDate()));
            } else {
                results.add(new Check(
                        HOUSEHOLD_REGISTRATION, CheckOutcome.MISMATCH, "申报户籍地址与户籍登记地址不一致：登记为 " + record.addressText()));
                missing.add(new SupplementItem(
                        "HUKOU_ADDRESS_MISMATCH",
                        "hukouAddress",
                        "申报的户籍地址与公安户籍登记不一致，登记地址为：" + record.addressText(),
                        "请按户口簿上的地址更正户籍地址；如户籍已变更，请携带户口簿到线下采集网点核验。"));
            }
        } else {
            results.add(new Check(
                    HOUSEHOLD_REGISTRATION,
                    CheckOutcome.NOT_FOUND,
                    "未查到儿童 " + Masking.idNumber(subject.child().idNumber()) + " 的户籍登记"));
            missing.add(new SupplementItem(
                    "HUKOU_NOT_FOUND", "child.idNumber", "公安户籍系统中未查到该儿童的户籍登记。", "请核对儿童身份证号码；如为新落户或外省户籍，请提供户口簿首页及本人页。"));
        }
    }

    public boolean isDue(Instant now) {
        return status == VerificationStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public Subject subject() {
        return subject;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String correlationId() {
        return correlationId;
    }

    public VerificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String category() {
        return category;
    }

    public List<Check> checks() {
        return checks;
    }

    public List<SupplementItem> supplementItems() {
        return supplementItems;
    }

    public String zoneCode() {
        return zoneCode;
    }

    public List<String> zoneSchoolCodes() {
        return zoneSchoolCodes;
    }

    public List<String> flags() {
        return flags;
    }

    /**
     * A verification still waiting for a department after {@code after} goes to district staff's
     * manual-review queue (线下核验) — and keeps being retried: whichever comes first decides.
     */
    public boolean escalateIfWaiting(Duration after, Instant now) {
        if (status == VerificationStatus.PENDING
                && escalatedAt == null
                && !waitingSince().plus(after).isAfter(now)) {
            escalatedAt = now;
            return true;
        }
        return false;
    }

    /** In district staff's queue: a document the registries cannot check, or a department down too long. */
    public boolean awaitsReview() {
        return status == VerificationStatus.MANUAL_REVIEW
                || (status == VerificationStatus.PENDING && escalatedAt != null);
    }

    /**
     * District staff decide a queued verification by hand, with a reason that is kept: approve with the
     * category the checked documents support, or reject with what the family must supply.
     */
    public void decideManually(boolean approve, String approvedCategory, String reason, String by, Instant now) {
        if (!awaitsReview()) {
            throw new IllegalStateException("not in the manual-review queue");
        }
        if (reason == null || reason.isBlank() || by == null) {
            throw new IllegalArgumentException("a manual decision needs a reason and who made it");
        }
        List<Check> results = new ArrayList<>(checks);
        decidedBy = by;
        if (approve) {
            if (approvedCategory == null || approvedCategory.isBlank()) {
                throw new IllegalArgumentException("an approval names the category");
            }
            results.add(new Check(MANUAL_REVIEW, CheckOutcome.MATCH, "人工核验通过（" + by + "）：" + reason.trim()));
            verdict = Verdict.VERIFIED;
            category = approvedCategory;
            supplementItems = List.of();
        } else {
            results.add(new Check(MANUAL_REVIEW, CheckOutcome.MISMATCH, "人工核验未通过（" + by + "）：" + reason.trim()));
            verdict = Verdict.NEEDS_SUPPLEMENT;
            category = null;
            supplementItems = List.of(new SupplementItem(
                    "MANUAL_REVIEW_REJECTED", null, "区县教育局人工核验未通过：" + reason.trim(), "请按说明补充材料后重新提交，或到线下采集网点办理。"));
        }
        checks = List.copyOf(results);
        status = VerificationStatus.COMPLETED;
        completedAt = now;
        nextAttemptAt = null;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    /** Restores the manual-review state of a stored verification. */
    public Verification withReview(Instant escalatedAt, String decidedBy) {
        this.escalatedAt = escalatedAt;
        this.decidedBy = decidedBy;
        return this;
    }

    /** The district's threshold for continuous social-insurance months (default 12). */
    public Verification requiringInsuranceMonths(int months) {
        this.insuranceMonthsRequired = months;
        return this;
    }

    /** Restores the zone outcome of a stored verification. */
    public Verification withZone(String zoneCode, List<String> zoneSchoolCodes, List<String> flags) {
        this.zoneCode = zoneCode;
        this.zoneSchoolCodes = List.copyOf(zoneSchoolCodes);
        this.flags = List.copyOf(flags);
        return this;
    }

    public Instant completedAt() {
        return completedAt;
    }

    /**
     * Checks a decided application again — a department pushed a change notice, or staff upheld a
     * dispute: back to PENDING and due at once (to district staff again when the child has no resident
     * ID), with why kept. The previous verdict stays readable until the new run's verdict replaces it;
     * what a run derives (zone, flags) and a manual decision are cleared, so nothing stale leaks into the
     * new verdict. A verification still waiting for its checks is not reopened: it reads fresh data
     * anyway.
     *
     * @param trigger what caused it ({@code CHANGE_NOTICE}, {@code DISPUTE} ...)
     * @param reason one line for the parent, in Chinese
     * @return whether it was reopened
     */
    public boolean reopen(String trigger, String reason, Instant now) {
        if (trigger == null || trigger.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reopened verification keeps what triggered it and why");
        }
        if (status != VerificationStatus.COMPLETED) {
            return false;
        }
        status = subject.child().hasResidentId() ? VerificationStatus.PENDING : VerificationStatus.MANUAL_REVIEW;
        attempts = 0;
        nextAttemptAt = now;
        zoneCode = null;
        zoneSchoolCodes = List.of();
        flags = List.of();
        escalatedAt = null;
        decidedBy = null;
        answerArrivedAt = null;
        reopenedAt = now;
        reopenTrigger = trigger;
        reopenReason = reason.trim();
        reopenCount++;
        return true;
    }

    /**
     * A department's asynchronous answer was stored: a pending verification becomes due at once to use
     * it. Returns whether it is due now.
     */
    public boolean answerArrived(Instant now) {
        answerArrivedAt = now;
        if (status != VerificationStatus.PENDING) {
            return false;
        }
        nextAttemptAt = now;
        return true;
    }

    /**
     * A department took the query and answers later by callback, which makes the verification due at
     * once: until then it is not asked again before the longest retry delay — unless an answer arrived
     * while this attempt was asking, then at once.
     */
    private boolean awaitAnswer(String source, String reason, Instant askedAt, Instant now, RetryPolicy retry) {
        checks = List.of(new Check(source, CheckOutcome.UNAVAILABLE, reason));
        boolean arrivedMeanwhile = answerArrivedAt != null
                && !answerArrivedAt.isBefore(askedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        nextAttemptAt = arrivedMeanwhile ? now : now.plus(retry.max());
        return false;
    }

    /** Since when the current round of checks has been waiting: the opening, or the latest reopening. */
    private Instant waitingSince() {
        return reopenedAt != null ? reopenedAt : openedAt;
    }

    /** Restores the reopening note and the last asynchronous answer's arrival of a stored verification. */
    public Verification withReopening(
            Instant reopenedAt, String trigger, String reason, int reopenCount, Instant answerArrivedAt) {
        this.reopenedAt = reopenedAt;
        this.reopenTrigger = trigger;
        this.reopenReason = reason;
        this.reopenCount = reopenCount;
        this.answerArrivedAt = answerArrivedAt;
        return this;
    }

    public Instant reopenedAt() {
        return reopenedAt;
    }

    public String reopenTrigger() {
        return reopenTrigger;
    }

    public String reopenReason() {
        return reopenReason;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public Instant answerArrivedAt() {
        return answerArrivedAt;
    }
}
