package cn.baishan.enrollment.admission.applicants.adapter.in.messaging;

import cn.baishan.enrollment.admission.applicants.domain.Claims;
import cn.baishan.enrollment.admission.applicants.usecase.RecordApplicationUseCase;
import cn.baishan.enrollment.admission.applicants.usecase.RecordApplicationUseCase.SubmittedApplication;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.registration.ApplicationSupplemented;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Submissions and supplements → admission's copy of the application; redeliveries skipped by event id. */
@Component
class RegistrationEventsListener {

    static final String CONSUMER = "admission-service.applicants.registration";

    private final RecordApplicationUseCase record;
    private final ProcessedEvents processed;
    private final EventReader events;

    RegistrationEventsListener(RecordApplicationUseCase record, ProcessedEvents processed, EventReader events) {
        this.record = record;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.REGISTRATION_APPLICATIONS, groupId = CONSUMER)
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        String type = EventReader.eventType(message).orElse("");
        if (ApplicationSubmitted.TYPE.equals(type)) {
            var e = events.read(message, ApplicationSubmitted.class);
            if (processed.firstDelivery(e.eventId(), CONSUMER)) {
                record.submitted(application(e));
            }
        } else if (ApplicationSupplemented.TYPE.equals(type)) {
            var e = events.read(message, ApplicationSupplemented.class);
            if (processed.firstDelivery(e.eventId(), CONSUMER)) {
                record.supplemented(new SubmittedApplication(
                        e.applicationId(),
                        null,
                        0,
                        null,
                        e.child().name(),
                        e.child().idType(),
                        e.child().idNumber(),
                        claims(e.claims()),
                        e.occurredAt()));
            }
        }
    }

    static SubmittedApplication application(ApplicationSubmitted e) {
        return new SubmittedApplication(
                e.applicationId(),
                e.districtCode(),
                e.enrollmentYear(),
                e.stage(),
                e.child().name(),
                e.child().idType(),
                e.child().idNumber(),
                claims(e.claims()),
                e.occurredAt());
    }

    static Claims claims(ApplicationSubmitted.Claims c) {
        return new Claims(
                c.schoolPreferences(),
                c.olderSibling() == null ? null : c.olderSibling().schoolCode(),
                c.directPromotionPrimarySchoolCode(),
                c.disability() != null);
    }
}
