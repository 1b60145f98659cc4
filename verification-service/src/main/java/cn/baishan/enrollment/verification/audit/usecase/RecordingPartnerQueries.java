package cn.baishan.enrollment.verification.audit.usecase;

import cn.baishan.enrollment.platform.crypto.IdNumberVault;
import cn.baishan.enrollment.verification.audit.domain.AuditEntry;
import cn.baishan.enrollment.verification.audit.domain.AuditedQuery;
import cn.baishan.enrollment.verification.audit.domain.ChainHead;
import cn.baishan.enrollment.verification.audit.domain.Sha256;
import cn.baishan.enrollment.verification.audit.usecase.port.AuditEvents;
import cn.baishan.enrollment.verification.audit.usecase.port.AuditLog;
import cn.baishan.enrollment.verification.verifications.domain.Masking;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationRepository;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends under the head row's lock, so concurrent workers get consecutive sequences and each entry
 * links to the one before; the entry, the head and the outbox event commit together in a transaction
 * of their own ({@code REQUIRES_NEW}): a query that happened stays recorded even when the caller's
 * transaction rolls back.
 */
@Service
class RecordingPartnerQueries implements RecordPartnerQueryUseCase {

    private static final Logger log = LoggerFactory.getLogger(RecordingPartnerQueries.class);

    /** The answer's canonical JSON: properties and map keys sorted, so one answer has one digest. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final AuditLog auditLog;
    private final AuditEvents events;
    private final VerificationRepository verifications;
    private final IdNumberVault vault;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    RecordingPartnerQueries(
            AuditLog auditLog,
            AuditEvents events,
            VerificationRepository verifications,
            IdNumberVault vault,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.auditLog = auditLog;
        this.events = events;
        this.verifications = verifications;
        this.vault = vault;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public AuditEntry record(PartnerQuery query) {
        String digest = query.answer() == null ? null : Sha256.hex(canonical(query.answer()));
        String index = vault.blindIndex(query.subjectIdNumber());
        String masked = Masking.idNumber(query.subjectIdNumber());
        AuditEntry entry = ownTransaction.execute(status -> {
            // read before taking the lock, to hold it as briefly as possible
            String district = verifications
                    .findByApplication(query.applicationId())
                    .map(v -> v.subject().districtCode())
                    .orElse(null);
            ChainHead head = auditLog.lockHead();
            if (query.postedBack()) {
                // checked under the lock: two runs reading the same posted-back answer record it once
                var recorded = auditLog.sameAnswer(query.department(), query.applicationId(), index, digest);
                if (recorded.isPresent()) {
                    return recorded.get();
                }
            }
            AuditEntry next = AuditEntry.chain(
                    head,
                    new AuditedQuery(
                            UUID.randomUUID(),
                            // PostgreSQL keeps microseconds; the hash must survive the round trip
                            clock.instant().truncatedTo(ChronoUnit.MICROS),
                            query.department(),
                            query.department().purpose(),
                            query.requestedBy(),
                            query.applicationId(),
                            district,
                            query.subjectRole(),
                            index,
                            masked,
                            query.outcome(),
                            digest,
                            query.answerSummary()));
            auditLog.append(next);
            events.recorded(next);
            return next;
        });
        log.debug(
                "audited query {} #{}: {} about {} {} → {}",
                entry.queryId(),
                entry.sequence(),
                entry.department(),
                entry.subjectRole(),
                masked,
                entry.outcome());
        return entry;
    }

    private static byte[] canonical(Object answer) {
        if (answer instanceof byte[] raw) {
            return raw;
        }
        return CANONICAL.writeValueAsBytes(answer);
    }
}
