package cn.baishan.enrollment.verification.verifications.adapter.in.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSupplemented;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import cn.baishan.enrollment.verification.verifications.domain.Declaration;
import cn.baishan.enrollment.verification.verifications.usecase.SupplementVerificationUseCase;
import cn.baishan.enrollment.verification.verifications.usecase.SupplementVerificationUseCase.SupplementCommand;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's supplement → the verification runs again on the corrected declaration; redeliveries are
 * skipped by event id. Its own consumer group: a group shared with another listener of the topic would
 * split the partitions between them and drop what each ignores.
 */
@Component
class ApplicationSupplementedListener {

    static final String CONSUMER = "verification-service.application-supplemented";

    private final SupplementVerificationUseCase supplements;
    private final ProcessedEvents processed;
    private final EventReader events;

    ApplicationSupplementedListener(
            SupplementVerificationUseCase supplements, ProcessedEvents processed, EventReader events) {
        this.supplements = supplements;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.REGISTRATION_APPLICATIONS, groupId = CONSUMER)
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        if (!EventReader.eventType(message)
                .filter(ApplicationSupplemented.TYPE::equals)
                .isPresent()) {
            return;
        }
        var event = events.read(message, ApplicationSupplemented.class);
        if (!processed.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        supplements.supplement(new SupplementCommand(
                event.applicationId(),
                event.round(),
                Set.copyOf(event.changedFields()),
                new Declaration(
                        ApplicationSubmittedListener.person(event.child()),
                        event.guardians().stream()
                                .map(ApplicationSubmittedListener::person)
                                .toList(),
                        event.declaredHukouAddress(),
                        ApplicationSubmittedListener.claims(event.claims()))));
    }
}
