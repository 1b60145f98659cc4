package cn.baishan.enrollment.catchment.warnings.adapter.in.messaging;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.warnings.usecase.SeatWarningsUseCase;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts submitted applications per zone for the seat forecast. Reads only the declared address,
 * stage and year of the event; nothing about the family is stored here.
 */
@Component
class ApplicationsCounter {

    static final String CONSUMER = "catchment-service.application-counter";

    private final SeatWarningsUseCase warnings;
    private final ProcessedEvents processed;
    private final EventReader events;

    ApplicationsCounter(SeatWarningsUseCase warnings, ProcessedEvents processed, EventReader events) {
        this.warnings = warnings;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.REGISTRATION_APPLICATIONS, groupId = "catchment-service")
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        if (EventReader.eventType(message)
                .filter(ApplicationSubmitted.TYPE::equals)
                .isEmpty()) {
            return;
        }
        var event = events.read(message, ApplicationSubmitted.class);
        if (processed.firstDelivery(event.eventId(), CONSUMER)) {
            warnings.countApplication(
                    event.applicationId().toString(),
                    event.declaredHukouAddress(),
                    event.stage().startsWith("JUNIOR") ? Stage.JUNIOR : Stage.PRIMARY,
                    event.enrollmentYear());
        }
    }
}
