package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.Answers;
import cn.baishan.enrollment.verification.verifications.domain.HouseholdLookup;
import cn.baishan.enrollment.verification.verifications.domain.MigrantLookup;
import cn.baishan.enrollment.verification.verifications.domain.PermitRecord;
import cn.baishan.enrollment.verification.verifications.domain.PropertyLookup;
import cn.baishan.enrollment.verification.verifications.domain.PropertyRecord;
import cn.baishan.enrollment.verification.verifications.domain.Subject;
import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.domain.WarningNotice;
import cn.baishan.enrollment.verification.verifications.domain.ZoneLookup;
import cn.baishan.enrollment.verification.verifications.usecase.port.CatchmentPort;
import cn.baishan.enrollment.verification.verifications.usecase.port.HouseholdRegistryPort;
import cn.baishan.enrollment.verification.verifications.usecase.port.PartnerAwaitingAnswerException;
import cn.baishan.enrollment.verification.verifications.usecase.port.PartnerUnavailableException;
import cn.baishan.enrollment.verification.verifications.usecase.port.RealEstateRegistryPort;
import cn.baishan.enrollment.verification.verifications.usecase.port.ResidencePermitPort;
import cn.baishan.enrollment.verification.verifications.usecase.port.SeatWarningNotices;
import cn.baishan.enrollment.verification.verifications.usecase.port.SocialInsurancePort;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationEvents;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims due verifications in one short transaction, asks the departments (and catchment, for the
 * zone of a confirmed address) outside any transaction
 * (a slow partner must not hold database locks), then records each answer in its own transaction
 * together with the outbox event.
 */
@Service
class RunningDueVerifications implements RunDueVerificationsUseCase {

    /** Zoning and warnings use Beijing dates. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(RunningDueVerifications.class);

    private final VerificationRepository verifications;
    private final HouseholdRegistryPort householdRegistry;
    private final RealEstateRegistryPort realEstate;
    private final ResidencePermitPort permits;
    private final SocialInsurancePort insurance;
    private final CatchmentPort catchment;
    private final SeatWarningNotices warnings;
    private final VerificationEvents events;
    private final TransactionTemplate tx;
    private final VerificationSettings settings;
    private final TierRulesSettings tierRules;
    private final Clock clock;

    RunningDueVerifications(
            VerificationRepository verifications,
            HouseholdRegistryPort householdRegistry,
            RealEstateRegistryPort realEstate,
            ResidencePermitPort permits,
            SocialInsurancePort insurance,
            CatchmentPort catchment,
            SeatWarningNotices warnings,
            VerificationEvents events,
            TransactionTemplate tx,
            VerificationSettings settings,
            TierRulesSettings tierRules,
            Clock clock) {
        this.verifications = verifications;
        this.householdRegistry = householdRegistry;
        this.realEstate = realEstate;
        this.permits = permits;
        this.insurance = insurance;
        this.catchment = catchment;
        this.warnings = warnings;
        this.events = events;
        this.tx = tx;
        this.settings = settings;
        this.tierRules = tierRules;
        this.clock = clock;
    }

    /**
     * Only for a family whose hukou lies in no zone: the first guardian's residence permit found (and the
     * zone of its address), and that guardian's social insurance. Nobody else is asked about anyone.
     */
    private MigrantLookup askMigrantRecords(Subject subject, UUID applicationId, LocalDate today) {
        try {
            for (var guardian : subject.guardians()) {
                if (!guardian.hasResidentId()) {
                    continue;
                }
                Optional<PermitRecord> permit = permits.permitOf(guardian.idNumber(), applicationId);
                if (permit.isPresent()) {
                    ZoneLookup permitZone = catchment.zoneOf(permit.get().addressText(), subject.stage(), today);
                    if (permitZone instanceof ZoneLookup.Unavailable down) {
                        return new MigrantLookup.Unavailable(Verification.CATCHMENT, down.reason());
                    }
                    return new MigrantLookup.Found(
                            permit.get(),
                            permitZone,
                            insurance
                                    .recordOf(guardian.idNumber(), applicationId)
                                    .orElse(null));
                }
            }
            return new MigrantLookup.Found(null, null, null);
        } catch (PartnerAwaitingAnswerException e) {
            return new MigrantLookup.Awaiting(e.source(), e.getMessage(), e.askedAt());
        } catch (PartnerUnavailableException e) {
            return new MigrantLookup.Unavailable(e.source(), e.getMessage());
        }
    }

    @Override
    public int runDue() {
        List<UUID> claimed = tx.execute(
                status -> verifications.claimDue(clock.instant(), settings.claimLease(), settings.batchSize()));
        int completed = 0;
        for (UUID id : claimed == null ? List.<UUID>of() : claimed) {
            if (runOne(id)) {
                completed++;
            }
        }
        return completed;
    }

    private boolean runOne(UUID id) {
        Verification snapshot = verifications.load(id).orElseThrow();
        try (var correlation = MDC.putCloseable("requestId", snapshot.correlationId())) {
            return ask(id, snapshot);
        }
    }

    private boolean ask(UUID id, Verification snapshot) {
        Subject subject = snapshot.subject();
        // a supplement round compares the last answers of departments its changes do not touch
        Answers last = snapshot.lastAnswers();
        HouseholdLookup answer = snapshot.mayReuseAnswerOf(Verification.HOUSEHOLD_REGISTRATION)
                ? last.household()
                : householdRegistry.lookup(subject.child().idNumber(), snapshot.applicationId());
        boolean confirmed = Verification.addressConfirmed(answer, subject);
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        ZoneLookup zone = confirmed ? catchment.zoneOf(subject.declaredHukouAddress(), subject.stage(), today) : null;
        // the real-estate registry is asked about a family whose hukou is confirmed (户房一致?) or who declared a home
        PropertyLookup properties = !(confirmed || subject.claims().propertyDeclared())
                ? null
                : snapshot.mayReuseAnswerOf(Verification.REAL_ESTATE)
                        ? last.properties()
                        : realEstate.propertiesOf(
                                subject.guardians().stream()
                                        .map(p -> p.idNumber())
                                        .toList(),
                                snapshot.applicationId());
        Map<String, ZoneLookup> propertyZones = new HashMap<>();
        if (properties instanceof PropertyLookup.Found found) {
            for (PropertyRecord property : found.properties()) {
                propertyZones.put(
                        property.propertyId(), catchment.zoneOf(property.addressText(), subject.stage(), today));
            }
        }
        // permits and insurance only for a family that neither hukou nor a home places in a zone (minimum necessary)
        boolean placedByHome = properties instanceof PropertyLookup.Found homes
                && homes.properties().stream()
                        .anyMatch(p ->
                                p.residential() && propertyZones.get(p.propertyId()) instanceof ZoneLookup.Matched);
        boolean hukouOutsideZones = zone instanceof ZoneLookup.Unresolved;
        boolean hukouUnconfirmed = !confirmed && subject.claims().residencePermitDeclared();
        MigrantLookup migrant = !placedByHome && (hukouOutsideZones || hukouUnconfirmed)
                ? (snapshot.mayReuseAnswerOf(Verification.RESIDENCE_PERMIT)
                        ? last.migrant()
                        : askMigrantRecords(subject, snapshot.applicationId(), today))
                : null;
        List<WarningNotice> notices = zone instanceof ZoneLookup.Matched || placedByHome || migrant != null
                ? warnings.forStageAndYear(subject.stage(), subject.enrollmentYear())
                : List.of();
        Boolean done = tx.execute(status -> {
            Verification verification = verifications.load(id).orElseThrow();
            boolean completedNow = verification
                    .requiringInsuranceMonths(settings.insuranceMonths())
                    .rankedBy(tierRules.forDistrict(subject.districtCode()))
                    .applyAnswers(
                            answer,
                            zone,
                            properties,
                            propertyZones,
                            migrant,
                            notices,
                            clock.instant(),
                            settings.retryPolicy());
            if (!completedNow && verification.escalateIfWaiting(settings.manualReviewAfter(), clock.instant())) {
                log.warn(
                        "verification {} waited {} for a department: queued for manual review",
                        id,
                        settings.manualReviewAfter());
            }
            verifications.update(verification);
            if (completedNow) {
                events.completed(verification);
                log.info(
                        "verification {} for application {} completed: {} {}",
                        verification.id(),
                        verification.applicationId(),
                        verification.verdict(),
                        verification.category() == null ? "" : verification.category());
            } else {
                log.info(
                        "verification {} waits for the household registry, attempt {}, next at {}",
                        verification.id(),
                        verification.attempts(),
                        verification.nextAttemptAt());
            }
            return completedNow;
        });
        return Boolean.TRUE.equals(done);
    }
}
