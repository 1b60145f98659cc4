package cn.baishan.enrollment.verification.verifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    public static final String PREFERENTIAL_GROUP = "PREFERENTIAL_GROUP";
    /** The reopen trigger of a supplement round (the same word as on {@code VerificationReopened}). */
    public static final String TRIGGER_SUPPLEMENT = "SUPPLEMENT";

    private final UUID id;
    private final UUID applicationId;
    private Subject subject;
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
    private Coordinates homeLocation;
    private List<String> flags = List.of();
    private int insuranceMonthsRequired = 12;
    private TierRules tiers;
    private Set<Fact> facts = Set.of();
    private ReviewReason reviewReason;
    private Answers lastAnswers;
    private Set<String> askAgain;
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
        boolean hukouConfirmed = missing.isEmpty() && household instanceof HouseholdLookup.Found;
        if (hukouConfirmed && zone instanceof ZoneLookup.Unavailable unavailable) {
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
        // every check runs even when an earlier one failed: the family gets ONE list of everything (一次性告知)
        List<String> raised = new ArrayList<>();
        Set<Fact> established = EnumSet.noneOf(Fact.class);
        zoneCode = null;
        zoneSchoolCodes = List.of();
        homeLocation = null;
        if (hukouConfirmed) {
            placeInZone(zone, ((HouseholdLookup.Found) household).record(), warnings, results, raised);
            if (zoneCode != null) {
                established.add(Fact.HUKOU_IN_ZONE);
            }
        }
        if (properties instanceof PropertyLookup.Found owned
                && compareProperties(owned, propertyZones, warnings, results, raised, missing)) {
            established.add(Fact.PROPERTY_IN_ZONE);
        }
        if (zoneCode == null
                && migrant instanceof MigrantLookup.Found permitAndInsurance
                && compareMigrant(permitAndInsurance, now, warnings, results, raised, missing)) {
            established.add(Fact.PERMIT_AND_INSURANCE_IN_ZONE);
        }
        checks = List.copyOf(results);
        supplementItems = List.copyOf(missing);
        flags = List.copyOf(raised);
        facts = Set.copyOf(established);
        nextAttemptAt = null;
        lastAnswers = new Answers(household, properties, migrant);
        askAgain = null;
        if (!missing.isEmpty()) {
            verdict = Verdict.NEEDS_SUPPLEMENT;
            category = null;
            status = VerificationStatus.COMPLETED;
            completedAt = now;
            return true;
        }
        if (subject.claims().preferentialGroupDeclared()) {
            // no department holds these certificates: district staff check them against the published basis
            checks = append(
                    checks,
                    new Check(
                            PREFERENTIAL_GROUP,
                            CheckOutcome.UNAVAILABLE,
                            "申报政策性照顾对象（" + subject.claims().preferentialGroup() + "，依据："
                                    + subject.claims().preferentialBasis() + "），待区县教育局核验证明材料"));
            reviewReason = ReviewReason.PREFERENTIAL_GROUP;
            status = VerificationStatus.MANUAL_REVIEW;
            return false;
        }
        complete(now);
        return true;
    }

    private void complete(Instant now) {
        verdict = Verdict.VERIFIED;
        category = tiers().categoryFor(facts);
        status = VerificationStatus.COMPLETED;
        completedAt = now;
        nextAttemptAt = null;
    }

    private TierRules tiers() {
        return tiers != null ? tiers : TierRules.defaults(subject.districtCode());
    }

    private static List<Check> append(List<Check> checks, Check check) {
        List<Check> more = new ArrayList<>(checks);
        more.add(check);
        return List.copyOf(more);
    }

    /** Whether the registry confirmed the declared address (the zone is only looked up then). */
    public static boolean addressConfirmed(HouseholdLookup household, Subject subject) {
        return household instanceof HouseholdLookup.Found found
                && Addresses.same(found.record().addressText(), subject.declaredHukouAddress());
    }

    /**
     * A guardian's residential property in the zone of the verified hukou address makes the family
     * 户房一致; when the hukou lies in no zone, a guardian's residential property in a zone places the
     * family there (the declared home first). A property registered on or after the start of a seat
     * warning for the zone's schools raises the warning flag as a late move-in does. A declared home the
     * registry does not confirm goes on the supplement list. Returns whether such a property exists.
     */
    private boolean compareProperties(
            PropertyLookup.Found found,
            Map<String, ZoneLookup> propertyZones,
            List<WarningNotice> warnings,
            List<Check> results,
            List<String> raised,
            List<SupplementItem> missing) {
        List<String> guardians =
                subject.guardians().stream().map(Person::idNumber).toList();
        Claims claims = subject.claims();
        if (zoneCode == null) {
            placeByProperty(found, propertyZones, guardians, raised);
        }
        boolean inZone = false;
        boolean declaredConfirmed = false;
        for (PropertyRecord property : found.properties()) {
            boolean ownedByGuardian = property.ownerIdNumbers().stream().anyMatch(guardians::contains);
            boolean declared =
                    claims.propertyDeclared() && Addresses.same(property.addressText(), claims.propertyAddress());
            ZoneLookup where = propertyZones.get(property.propertyId());
            boolean sameZone = zoneCode != null
                    && where instanceof ZoneLookup.Matched matched
                    && matched.zoneCode().equals(zoneCode);
            if (declared && ownedByGuardian && property.residential()) {
                declaredConfirmed = true;
            }
            if (!ownedByGuardian || !property.residential() || !sameZone) {
                String why = !ownedByGuardian
                        ? "权利人不是监护人"
                        : !property.residential() ? "用途不是住宅" : zoneCode == null ? "不在任何招生片区" : "不在所属片区 " + zoneCode;
                results.add(new Check(
                        REAL_ESTATE, CheckOutcome.MISMATCH, "不动产 " + property.certificateNumber() + "：" + why));
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
        if (claims.propertyDeclared() && !declaredConfirmed) {
            missing.add(new SupplementItem(
                    "PROPERTY_NOT_CONFIRMED",
                    "claims.property",
                    "申报的住房（" + claims.propertyAddress() + "）在不动产登记中未查到属于监护人的住宅登记。",
                    "请按不动产权证书核对房屋地址；新购住房尚未办理登记的，请携带购房合同和登记受理凭证到线下采集网点核验；" + "如不以住房报名，补充时取消住房申报即可。"));
        }
        return inZone;
    }

    /**
     * The hukou lies in no zone: a guardian's residential property in a zone decides the zone — the
     * declared home first, otherwise the earliest registered.
     */
    private void placeByProperty(
            PropertyLookup.Found found,
            Map<String, ZoneLookup> propertyZones,
            List<String> guardians,
            List<String> raised) {
        Claims claims = subject.claims();
        Comparator<PropertyRecord> declaredFirst = Comparator.comparing(
                p -> !(claims.propertyDeclared() && Addresses.same(p.addressText(), claims.propertyAddress())));
        found.properties().stream()
                .filter(p -> p.residential() && p.ownerIdNumbers().stream().anyMatch(guardians::contains))
                .filter(p -> propertyZones.get(p.propertyId()) instanceof ZoneLookup.Matched)
                .sorted(declaredFirst.thenComparing(
                        PropertyRecord::registrationDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .findFirst()
                .ifPresent(p -> {
                    ZoneLookup.Matched matched = (ZoneLookup.Matched) propertyZones.get(p.propertyId());
                    zoneCode = matched.zoneCode();
                    zoneSchoolCodes = matched.schoolCodes();
                    homeLocation = matched.location();
                    raised.remove(FLAG_ZONE_UNRESOLVED);
                });
    }

    /**
     * 随迁子女 (SPEC §5: the residence permit is the main basis): a guardian's residence permit valid
     * today whose address lies in a zone, and continuous social insurance of at least the configured
     * months. Short of that, the checks say why and the district places the child.
     */
    private boolean compareMigrant(
            MigrantLookup.Found found,
            Instant now,
            List<WarningNotice> warnings,
            List<Check> results,
            List<String> raised,
            List<SupplementItem> missing) {
        PermitRecord permit = found.permit();
        LocalDate today = now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        boolean permitDeclared = subject.claims().residencePermitDeclared();
        if (permit == null) {
            results.add(new Check(RESIDENCE_PERMIT, CheckOutcome.NOT_FOUND, "监护人无白山市居住证"));
            if (permitDeclared) {
                missing.add(new SupplementItem(
                        "RESIDENCE_PERMIT_NOT_FOUND",
                        "claims.residencePermitDeclared",
                        "申报了居住证，但公安居住证系统中未查到监护人的白山市居住证。",
                        "请核对监护人身份证号码；居住证正在办理的，请携带受理回执到线下采集网点核验；没有居住证的，补充时取消该项申报。"));
            }
            return false;
        }
        if (!permit.validOn(today)) {
            results.add(new Check(
                    RESIDENCE_PERMIT,
                    CheckOutcome.MISMATCH,
                    "居住证 " + permit.permitNumber() + " 已于 " + permit.expiryDate() + " 过期"));
            if (permitDeclared) {
                missing.add(new SupplementItem(
                        "RESIDENCE_PERMIT_EXPIRED",
                        "claims.residencePermitDeclared",
                        "监护人的居住证已于 " + permit.expiryDate() + " 过期。",
                        "请到居住地派出所办理居住证签注或换领后重新提交。"));
            }
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
            if (subject.claims().socialInsuranceDeclared()) {
                missing.add(new SupplementItem(
                        "SOCIAL_INSURANCE_SHORT",
                        "claims.socialInsuranceDeclared",
                        "人社系统记录监护人在白山市连续缴纳社保 " + months + " 个月，不足 " + insuranceMonthsRequired + " 个月。",
                        "在外地缴纳后转入的，请提供转移接续凭证到线下采集网点核验；不足的，补充时取消社保申报，由区县统筹安排。"));
            }
            return false;
        }
        results.add(new Check(SOCIAL_INSURANCE, CheckOutcome.MATCH, "社保连续缴纳 " + months + " 个月"));
        raised.remove(FLAG_ZONE_UNRESOLVED);
        zoneCode = matched.zoneCode();
        zoneSchoolCodes = matched.schoolCodes();
        homeLocation = matched.location();
        // a permit issued during a seat warning is a late arrival like a hukou move or a property registration
        warnIfArrivedDuringWarning(permit.issueDate(), "居住证签发日期", warnings, results, raised);
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
            homeLocation = matched.location();
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
        decidedBy = by;
        if (reviewReason == ReviewReason.PREFERENTIAL_GROUP) {
            decidePreferentialGroup(approve, reason.trim(), by, now);
            return;
        }
        List<Check> results = new ArrayList<>(checks);
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

    /**
     * Staff checked the declared preferential-policy certificate. Confirmed, the group joins the verified
     * facts and the district's tiers give the category; not confirmed, the family keeps the category its
     * other verified facts give — a refused certificate is no reason to send the family back.
     */
    private void decidePreferentialGroup(boolean confirmed, String reason, String by, Instant now) {
        Set<Fact> decided = EnumSet.noneOf(Fact.class);
        decided.addAll(facts);
        if (confirmed) {
            decided.add(Fact.PREFERENTIAL_GROUP);
        }
        facts = Set.copyOf(decided);
        checks = append(
                checks,
                new Check(
                        PREFERENTIAL_GROUP,
                        confirmed ? CheckOutcome.MATCH : CheckOutcome.MISMATCH,
                        (confirmed ? "政策性照顾对象资格经人工核验确认（" : "政策性照顾对象资格未确认（") + by + "）：" + reason));
        supplementItems = List.of();
        reviewReason = null;
        complete(now);
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    /**
     * The family supplemented: the corrected declaration replaces the old one and the verification runs
     * again, asking again only the departments whose answers the changed fields touch — the others'
     * answers of the last run are compared anew against the corrected declaration. Only a verification
     * that asked for a supplement takes one; returns whether it did.
     */
    public boolean supplemented(Declaration declaration, Set<String> changedFields, Instant now) {
        if (status != VerificationStatus.COMPLETED || verdict != Verdict.NEEDS_SUPPLEMENT) {
            return false;
        }
        subject = new Subject(
                subject.districtCode(),
                subject.enrollmentYear(),
                subject.stage(),
                declaration.child(),
                declaration.guardians(),
                declaration.hukouAddress(),
                declaration.claims());
        reopen(TRIGGER_SUPPLEMENT, "家长已补充材料，重新核验变更的内容", now);
        askAgain = Set.copyOf(departmentsTouchedBy(changedFields));
        reviewReason = null;
        return true;
    }

    /** The departments a change of these form fields makes worth asking again. */
    static Set<String> departmentsTouchedBy(Set<String> changedFields) {
        Set<String> departments = new java.util.TreeSet<>();
        for (String field : changedFields) {
            if (field.equals("hukouAddress") || field.equals("child") || field.startsWith("child.")) {
                departments.add(HOUSEHOLD_REGISTRATION);
            }
            if (field.startsWith("guardians")) {
                departments.add(REAL_ESTATE);
                departments.add(RESIDENCE_PERMIT);
            }
            if (field.equals("claims.property") || field.startsWith("claims.property.")) {
                departments.add(REAL_ESTATE);
            }
            if (field.startsWith("claims.residencePermit") || field.startsWith("claims.socialInsurance")) {
                departments.add(RESIDENCE_PERMIT);
            }
        }
        return departments;
    }

    /**
     * Whether this run may compare the last run's answer of a department instead of asking it again:
     * only in a supplement round, for a department its changes do not touch and that was asked before.
     * {@link #RESIDENCE_PERMIT} stands for the permit and the insurance, which are asked together.
     */
    public boolean mayReuseAnswerOf(String department) {
        if (lastAnswers == null || askAgain == null || askAgain.contains(department)) {
            return false;
        }
        return switch (department) {
            case HOUSEHOLD_REGISTRATION -> lastAnswers.household() != null;
            case REAL_ESTATE -> lastAnswers.properties() != null;
            case RESIDENCE_PERMIT -> lastAnswers.migrant() != null;
            default -> false;
        };
    }

    /** The answers the last run compared, or null before the first verdict. */
    public Answers lastAnswers() {
        return lastAnswers;
    }

    /** In a supplement round, the departments asked again; null when every department is asked. */
    public Set<String> departmentsToAskAgain() {
        return askAgain;
    }

    /** Restores the last run's answers and the supplement round's departments to ask again. */
    public Verification withAnswers(Answers lastAnswers, Set<String> askAgain) {
        this.lastAnswers = lastAnswers;
        this.askAgain = askAgain == null ? null : Set.copyOf(askAgain);
        return this;
    }

    /** The facts verified so far; the category is the district's first tier they grant. */
    public Set<Fact> facts() {
        return facts;
    }

    /** Why the verification is in the review queue, or null when it is not. */
    public ReviewReason reviewReason() {
        if (reviewReason != null) {
            return reviewReason;
        }
        if (status == VerificationStatus.MANUAL_REVIEW) {
            return ReviewReason.DOCUMENT;
        }
        return awaitsReview() ? ReviewReason.DEPARTMENT_DOWN : null;
    }

    /** The district's published tier order that turns verified facts into a category. */
    public Verification rankedBy(TierRules tierRules) {
        this.tiers = tierRules;
        return this;
    }

    /** Restores the verified facts and the review reason of a stored verification. */
    public Verification withFacts(Set<Fact> facts, ReviewReason reviewReason) {
        this.facts = Set.copyOf(facts);
        this.reviewReason = reviewReason;
        return this;
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

    /** Restores the position of the home address that decided the zone (null when unknown). */
    public Verification withHomeLocation(Coordinates homeLocation) {
        this.homeLocation = homeLocation;
        return this;
    }

    /**
     * Where the address that decided the zone lies — the hukou address, the guardian's home that placed
     * the family, or the residence permit's address — as catchment placed it; null when no zone was
     * decided or catchment had no position for that address.
     */
    public Coordinates homeLocation() {
        return homeLocation;
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
        homeLocation = null;
        flags = List.of();
        escalatedAt = null;
        decidedBy = null;
        answerArrivedAt = null;
        // every department is asked afresh; a supplement round narrows this again after reopening
        askAgain = null;
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
