package cn.baishan.enrollment.admission.applicants.adapter.in.messaging;

import cn.baishan.enrollment.admission.applicants.domain.HomeLocation;
import cn.baishan.enrollment.admission.applicants.domain.Verdict;
import cn.baishan.enrollment.admission.applicants.domain.VerificationNews;
import cn.baishan.enrollment.admission.applicants.usecase.RecordApplicationUseCase;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Verdicts and reopenings → the applicant's status; redeliveries skipped by event id. */
@Component
class VerificationEventsListener {

    static final String CONSUMER = "admission-service.applicants.verification";

    private final RecordApplicationUseCase record;
    private final ProcessedEvents processed;
    private final EventReader events;

    VerificationEventsListener(RecordApplicationUseCase record, ProcessedEvents processed, EventReader events) {
        this.record = record;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.VERIFICATION_VERIFICATIONS, groupId = CONSUMER)
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        String type = EventReader.eventType(message).orElse("");
        if (VerificationCompleted.TYPE.equals(type)) {
            var e = events.read(message, VerificationCompleted.class);
            if (processed.firstDelivery(e.eventId(), CONSUMER)) {
                record.verification(e.eventId(), news(e));
            }
        } else if (VerificationReopened.TYPE.equals(type)) {
            var e = events.read(message, VerificationReopened.class);
            if (processed.firstDelivery(e.eventId(), CONSUMER)) {
                record.verification(
                        e.eventId(), new VerificationNews.Reopened(e.applicationId(), e.occurredAt(), e.reason()));
            }
        }
    }

    static VerificationNews.Completed news(VerificationCompleted e) {
        // version-1 verdicts (and verification before it fills them) carry no facts and no home location
        HomeLocation home = e.homeLocation() == null
                ? null
                : new HomeLocation(e.homeLocation().lon(), e.homeLocation().lat());
        return new VerificationNews.Completed(
                e.applicationId(),
                e.occurredAt(),
                new Verdict(
                        VerificationCompleted.VERIFIED.equals(e.verdict()),
                        e.category(),
                        e.facts(),
                        e.zoneCode(),
                        e.zoneSchoolCodes(),
                        e.flags(),
                        home));
    }
}
