package cn.baishan.enrollment.verification.audit.adapter.out.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.verification.PartnerQueryRecorded;
import cn.baishan.enrollment.outbox.OutboxWriter;
import cn.baishan.enrollment.verification.audit.domain.AuditEntry;
import cn.baishan.enrollment.verification.audit.usecase.port.AuditEvents;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code PartnerQueryRecorded} through the outbox, in the append's transaction: masked fields only. */
@Component
class OutboxAuditEvents implements AuditEvents {

    private final OutboxWriter outbox;
    private final Clock clock;

    OutboxAuditEvents(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void recorded(AuditEntry e) {
        outbox.append(
                Topics.VERIFICATION_PARTNER_QUERIES,
                new PartnerQueryRecorded(
                        UUID.randomUUID(),
                        clock.instant(),
                        PartnerQueryRecorded.VERSION,
                        e.applicationId(),
                        e.queryId(),
                        e.sequence(),
                        e.department().name(),
                        e.purpose(),
                        e.subjectRole().name(),
                        e.subjectMasked(),
                        e.outcome().name(),
                        e.answerSummary(),
                        e.queriedAt()));
    }
}
