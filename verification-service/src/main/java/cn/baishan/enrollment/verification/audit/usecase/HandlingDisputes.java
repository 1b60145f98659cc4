package cn.baishan.enrollment.verification.audit.usecase;

import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.verification.audit.domain.AuditEntry;
import cn.baishan.enrollment.verification.audit.domain.Dispute;
import cn.baishan.enrollment.verification.audit.usecase.port.AuditLog;
import cn.baishan.enrollment.verification.audit.usecase.port.Disputes;
import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.usecase.ReopenVerificationUseCase;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dispute arrives with its evidence captured at that moment (the audited answer the family saw, the
 * verification's checks as they stood), so staff decide on what the family disputed even if the
 * verification moves on. Upholding reopens the verification in the same transaction as the decision.
 */
@Service
class HandlingDisputes implements HandleDisputesUseCase {

    private static final Logger log = LoggerFactory.getLogger(HandlingDisputes.class);

    private final Disputes disputes;
    private final AuditLog auditLog;
    private final VerificationRepository verifications;
    // looked up per decision: the verification feature provides it, and the service runs (and queues
    // disputes) before it does
    private final ObjectProvider<ReopenVerificationUseCase> reopen;
    private final Clock clock;

    HandlingDisputes(
            Disputes disputes,
            AuditLog auditLog,
            VerificationRepository verifications,
            ObjectProvider<ReopenVerificationUseCase> reopen,
            Clock clock) {
        this.disputes = disputes;
        this.auditLog = auditLog;
        this.verifications = verifications;
        this.reopen = reopen;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void receive(ReceiveDisputeCommand c) {
        AuditEntry disputed = c.queryId() == null
                ? null
                : auditLog.byQueryId(c.queryId())
                        .filter(e -> e.applicationId().equals(c.applicationId()))
                        .orElse(null);
        Optional<Verification> verification = verifications.findByApplication(c.applicationId());
        Dispute dispute = Dispute.open(
                c.disputeId(),
                c.applicationId(),
                c.queryId(),
                c.department(),
                c.statement(),
                verification.map(v -> v.subject().districtCode()).orElse(null),
                disputed,
                verification
                        .map(v -> v.checks().stream()
                                .map(k -> new Dispute.CheckEvidence(
                                        k.source(), k.outcome().name(), k.evidence()))
                                .toList())
                        .orElse(List.of()),
                clock.instant());
        if (disputes.insertIfAbsent(dispute)) {
            log.info(
                    "dispute {} for application {} queued for district {} (audited query {})",
                    dispute.id(),
                    dispute.applicationId(),
                    dispute.districtCode(),
                    disputed == null ? "unknown" : "#" + disputed.sequence());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Dispute> queue(Set<String> districts) {
        return disputes.open(districts);
    }

    @Override
    @Transactional
    public Dispute decide(UUID id, boolean upheld, String reason, String decidedBy, Set<String> districts) {
        Dispute dispute = disputes.load(id)
                .filter(Dispute::isOpen)
                .filter(d -> districts.isEmpty() || districts.contains(d.districtCode()))
                .orElseThrow(() -> new NotInQueueException(id));
        dispute.decide(upheld, reason, decidedBy, clock.instant());
        disputes.update(dispute);
        if (upheld) {
            ReopenVerificationUseCase reopening = reopen.getIfAvailable();
            if (reopening == null) {
                throw new ReopenUnavailableException();
            }
            reopening.reopen(
                    dispute.applicationId(), VerificationReopened.TRIGGER_DISPUTE, dispute.department(), reason);
        }
        log.info("dispute {} {} by {}", id, dispute.status(), decidedBy);
        return dispute;
    }
}
