package cn.baishan.enrollment.admission.appeals.adapter.out.messaging;

import cn.baishan.enrollment.admission.appeals.domain.Appeal;
import cn.baishan.enrollment.admission.appeals.usecase.port.AppealEvents;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.admission.AppealDecided;
import cn.baishan.enrollment.outbox.OutboxWriter;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class OutboxAppealEvents implements AppealEvents {

    private final OutboxWriter outbox;
    private final Clock clock;

    OutboxAppealEvents(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void decided(Appeal a) {
        outbox.append(
                Topics.ADMISSION_RESULTS,
                new AppealDecided(
                        UUID.randomUUID(),
                        clock.instant(),
                        AppealDecided.VERSION,
                        a.applicationId(),
                        a.id(),
                        a.status().name(),
                        a.reason(),
                        a.schoolCode()));
    }
}
