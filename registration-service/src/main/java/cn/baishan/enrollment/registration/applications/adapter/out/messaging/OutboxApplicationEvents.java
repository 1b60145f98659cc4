package cn.baishan.enrollment.registration.applications.adapter.out.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.outbox.OutboxWriter;
import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.Guardian;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationEvents;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Publishes application events through the transactional outbox. */
@Component
class OutboxApplicationEvents implements ApplicationEvents {

    private final OutboxWriter outbox;
    private final Clock clock;

    OutboxApplicationEvents(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void submitted(Application application) {
        var child = application.getChild();
        outbox.append(
                Topics.REGISTRATION_APPLICATIONS,
                new ApplicationSubmitted(
                        UUID.randomUUID(),
                        clock.instant(),
                        ApplicationSubmitted.VERSION,
                        application.getId(),
                        application.getDistrictCode(),
                        application.getEnrollmentYear(),
                        application.getStage().name(),
                        new ApplicationSubmitted.Person(
                                child.document().type().name(), child.document().number(), child.name(), "CHILD"),
                        application.getGuardians().stream()
                                .map(OutboxApplicationEvents::person)
                                .toList(),
                        application.getHukouAddress(),
                        ApplicationSubmitted.Claims.NONE));
    }

    private static ApplicationSubmitted.Person person(Guardian g) {
        return new ApplicationSubmitted.Person(
                g.document().type().name(),
                g.document().number(),
                g.name(),
                g.relation().name());
    }
}
