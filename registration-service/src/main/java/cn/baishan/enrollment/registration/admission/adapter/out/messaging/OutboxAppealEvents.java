package cn.baishan.enrollment.registration.admission.adapter.out.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.AppealFiled;
import cn.baishan.enrollment.outbox.OutboxWriter;
import cn.baishan.enrollment.registration.admission.domain.Appeal;
import cn.baishan.enrollment.registration.admission.usecase.port.AppealEvents;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Publishes {@code AppealFiled} through the transactional outbox, keyed by application id. */
@Component
class OutboxAppealEvents implements AppealEvents {

    private final OutboxWriter outbox;

    OutboxAppealEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void filed(Appeal appeal) {
        outbox.append(
                Topics.REGISTRATION_APPLICATIONS,
                new AppealFiled(
                        UUID.randomUUID(),
                        appeal.filedAt(),
                        AppealFiled.VERSION,
                        appeal.applicationId(),
                        appeal.id(),
                        appeal.runId(),
                        appeal.statement()));
    }
}
