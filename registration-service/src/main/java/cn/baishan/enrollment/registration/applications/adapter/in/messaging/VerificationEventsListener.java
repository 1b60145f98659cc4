package cn.baishan.enrollment.registration.applications.adapter.in.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.events.verification.VerificationStarted;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import cn.baishan.enrollment.registration.applications.domain.SupplementItem;
import cn.baishan.enrollment.registration.applications.domain.VerificationCheck;
import cn.baishan.enrollment.registration.applications.usecase.RecordVerificationUseCase;
import cn.baishan.enrollment.registration.applications.usecase.RecordVerificationUseCase.VerificationOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Maps verification events to one use-case call each; a redelivered event is skipped. */
@Component
class VerificationEventsListener {

    static final String CONSUMER = "registration-service.verification-events";

    private final RecordVerificationUseCase record;
    private final ProcessedEvents processed;
    private final EventReader events;

    VerificationEventsListener(RecordVerificationUseCase record, ProcessedEvents processed, EventReader events) {
        this.record = record;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.VERIFICATION_VERIFICATIONS, groupId = "registration-service")
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        switch (EventReader.eventType(message).orElse("")) {
            case VerificationStarted.TYPE -> {
                var event = events.read(message, VerificationStarted.class);
                if (processed.firstDelivery(event.eventId(), CONSUMER)) {
                    record.started(event.applicationId(), event.occurredAt());
                }
            }
            case VerificationCompleted.TYPE -> {
                var event = events.read(message, VerificationCompleted.class);
                if (processed.firstDelivery(event.eventId(), CONSUMER)) {
                    record.completed(new VerificationOutcome(
                            event.applicationId(),
                            VerificationCompleted.VERIFIED.equals(event.verdict()),
                            event.category(),
                            event.checks().stream()
                                    .map(c -> new VerificationCheck(c.source(), c.outcome(), c.evidence()))
                                    .toList(),
                            event.supplementItems().stream()
                                    .map(i -> new SupplementItem(i.code(), i.field(), i.reason(), i.remedy()))
                                    .toList(),
                            event.zoneCode(),
                            event.flags(),
                            event.occurredAt()));
                }
            }
            case VerificationReopened.TYPE -> {
                var event = events.read(message, VerificationReopened.class);
                if (processed.firstDelivery(event.eventId(), CONSUMER)) {
                    record.reopened(event.applicationId(), event.reason(), event.occurredAt());
                }
            }
            default -> {
                // other event types on the topic are not for us
            }
        }
    }
}
