package cn.baishan.enrollment.verification.verifications.adapter.in.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import cn.baishan.enrollment.verification.verifications.domain.Claims;
import cn.baishan.enrollment.verification.verifications.domain.Person;
import cn.baishan.enrollment.verification.verifications.domain.Subject;
import cn.baishan.enrollment.verification.verifications.usecase.StartVerificationUseCase;
import cn.baishan.enrollment.verification.verifications.usecase.StartVerificationUseCase.StartVerificationCommand;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One submitted application → one verification; redeliveries are skipped by event id. */
@Component
class ApplicationSubmittedListener {

    static final String CONSUMER = "verification-service.application-submitted";

    private final StartVerificationUseCase start;
    private final ProcessedEvents processed;
    private final EventReader events;

    ApplicationSubmittedListener(StartVerificationUseCase start, ProcessedEvents processed, EventReader events) {
        this.start = start;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.REGISTRATION_APPLICATIONS, groupId = "verification-service")
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        if (!EventReader.eventType(message)
                .filter(ApplicationSubmitted.TYPE::equals)
                .isPresent()) {
            return;
        }
        var event = events.read(message, ApplicationSubmitted.class);
        if (!processed.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        start.start(new StartVerificationCommand(
                event.applicationId(),
                new Subject(
                        event.districtCode(),
                        event.enrollmentYear(),
                        event.stage(),
                        person(event.child()),
                        event.guardians().stream()
                                .map(ApplicationSubmittedListener::person)
                                .toList(),
                        event.declaredHukouAddress(),
                        claims(event.claims())),
                MDC.get(EventHeaders.MDC_REQUEST_ID)));
    }

    static Claims claims(ApplicationSubmitted.Claims c) {
        return new Claims(
                c.residenceAddress(),
                c.property() == null ? null : c.property().address(),
                c.property() == null ? null : c.property().certificateNumber(),
                c.residencePermitDeclared(),
                c.socialInsuranceDeclared(),
                c.preferentialGroup() == null ? null : c.preferentialGroup().group(),
                c.preferentialGroup() == null ? null : c.preferentialGroup().basisDocument(),
                c.disability() != null,
                c.olderSibling() == null ? null : c.olderSibling().schoolCode(),
                c.directPromotionPrimarySchoolCode(),
                c.schoolPreferences());
    }

    static Person person(ApplicationSubmitted.Person p) {
        return new Person(p.idType(), p.idNumber(), p.name(), p.relation());
    }
}
