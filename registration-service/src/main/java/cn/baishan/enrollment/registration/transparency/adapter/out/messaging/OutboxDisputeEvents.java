package cn.baishan.enrollment.registration.transparency.adapter.out.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.RecordDisputed;
import cn.baishan.enrollment.outbox.OutboxWriter;
import cn.baishan.enrollment.registration.transparency.domain.Dispute;
import cn.baishan.enrollment.registration.transparency.usecase.port.DisputeEvents;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Publishes {@code RecordDisputed} through the transactional outbox, keyed by application id. */
@Component
class OutboxDisputeEvents implements DisputeEvents {

    private final OutboxWriter outbox;

    OutboxDisputeEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void filed(Dispute dispute) {
        outbox.append(
                Topics.REGISTRATION_APPLICATIONS,
                new RecordDisputed(
                        UUID.randomUUID(),
                        dispute.filedAt(),
                        RecordDisputed.VERSION,
                        dispute.applicationId(),
                        dispute.id(),
                        dispute.queryId(),
                        dispute.department(),
                        dispute.statement()));
    }
}
