package cn.baishan.enrollment.registration.notifications.adapter.in.messaging;

import cn.baishan.enrollment.events.IntegrationEvent;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.registration.ApplicationSupplemented;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.events.verification.VerificationStarted;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import cn.baishan.enrollment.registration.notifications.usecase.NotifyFamilyUseCase;
import cn.baishan.enrollment.registration.notifications.usecase.NotifyFamilyUseCase.StepReached;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One notification per application step. Its own consumer group, so the inbox keeps its own pace
 * and offsets beside the status updates; a redelivered event is skipped.
 */
@Component
class ApplicationStepsListener {

    static final String GROUP = "registration-service.notifications";
    static final String CONSUMER = GROUP;

    private final NotifyFamilyUseCase notify;
    private final ProcessedEvents processed;
    private final EventReader events;

    ApplicationStepsListener(NotifyFamilyUseCase notify, ProcessedEvents processed, EventReader events) {
        this.notify = notify;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(
            topics = {Topics.REGISTRATION_APPLICATIONS, Topics.VERIFICATION_VERIFICATIONS},
            groupId = GROUP,
            containerFactory = NotificationListenerConfiguration.FACTORY)
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        switch (EventReader.eventType(message).orElse("")) {
            case ApplicationSubmitted.TYPE -> handle(message, ApplicationSubmitted.class, ApplicationSteps::of);
            case ApplicationSupplemented.TYPE -> handle(message, ApplicationSupplemented.class, ApplicationSteps::of);
            case VerificationStarted.TYPE -> handle(message, VerificationStarted.class, ApplicationSteps::of);
            case VerificationCompleted.TYPE -> handle(message, VerificationCompleted.class, ApplicationSteps::of);
            case VerificationReopened.TYPE -> handle(message, VerificationReopened.class, ApplicationSteps::of);
            default -> {
                // RecordDisputed is notified where the dispute is filed; other types are not steps
            }
        }
    }

    private <E extends IntegrationEvent> void handle(
            ConsumerRecord<String, String> message, Class<E> type, Function<E, StepReached> toStep) {
        E event = events.read(message, type);
        if (processed.firstDelivery(event.eventId(), CONSUMER)) {
            notify.stepReached(toStep.apply(event));
        }
    }
}
