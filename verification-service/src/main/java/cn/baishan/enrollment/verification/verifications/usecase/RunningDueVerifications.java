package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.HouseholdLookup;
import cn.baishan.enrollment.verification.verifications.domain.PropertyLookup;
import cn.baishan.enrollment.verification.verifications.domain.PropertyRecord;
import cn.baishan.enrollment.verification.verifications.domain.Subject;
import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.domain.WarningNotice;
import cn.baishan.enrollment.verification.verifications.domain.ZoneLookup;
import cn.baishan.enrollment.verification.verifications.usecase.port.CatchmentPort;
import cn.baishan.enrollment.verification.verifications.usecase.port.HouseholdRegistryPort;
import cn.baishan.enrollment.verification.verifications.usecase.port.RealEstateRegistryPort;
import cn.baishan.enrollment.verification.verifications.usecase.port.SeatWarningNotices;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationEvents;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final CatchmentPort catchment;
    private final SeatWarningNotices warnings;
    private final VerificationEvents events;
    private final TransactionTemplate tx;
    private final VerificationSettings settings;
    private final Clock clock;

    RunningDueVerifications(
            VerificationRepository verifications,
            HouseholdRegistryPort householdRegistry,
            RealEstateRegistryPort realEstate,
            CatchmentPort catchment,
            SeatWarningNotices warnings,
            VerificationEvents events,
            TransactionTemplate tx,
            VerificationSettings settings,
            Clock clock) {
        this.verifications = verifications;
        this.householdRegistry = householdRegistry;
        this.realEstate = realEstate;
        this.catchment = catchment;
        this.warnings = warnings;
        this.events = events;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
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
        HouseholdLookup answer = householdRegistry.lookup(subject.child().idNumber(), snapshot.applicationId());
        boolean confirmed = Verification.addressConfirmed(answer, subject);
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        ZoneLookup zone = confirmed ? catchment.zoneOf(subject.declaredHukouAddress(), subject.stage(), today) : null;
        PropertyLookup properties = confirmed
                ? realEstate.propertiesOf(
                        subject.guardians().stream().map(p -> p.idNumber()).toList(), snapshot.applicationId())
                : null;
        Map<String, ZoneLookup> propertyZones = new HashMap<>();
        if (properties instanceof PropertyLookup.Found found) {
            for (PropertyRecord property : found.properties()) {
                propertyZones.put(
                        property.propertyId(), catchment.zoneOf(property.addressText(), subject.stage(), today));
            }
        }
        List<WarningNotice> notices = zone instanceof ZoneLookup.Matched
                ? warnings.forStageAndYear(subject.stage(), subject.enrollmentYear())
                : List.of();
        Boolean done = tx.execute(status -> {
            Verification verification = verifications.load(id).orElseThrow();
            boolean completedNow = verification.applyAnswers(
                    answer, zone, properties, propertyZones, notices, clock.instant(), settings.retryPolicy());
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
