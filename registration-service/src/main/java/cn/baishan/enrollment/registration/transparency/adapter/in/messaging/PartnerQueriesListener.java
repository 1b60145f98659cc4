package cn.baishan.enrollment.registration.transparency.adapter.in.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.verification.PartnerQueryRecorded;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import cn.baishan.enrollment.registration.transparency.domain.DepartmentQuery;
import cn.baishan.enrollment.registration.transparency.usecase.RecordDepartmentQueryUseCase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each audited department query for the family to see. A malformed record goes to
 * {@code verification.partner-queries.v1-dlt}; a redelivery is skipped.
 */
@Component
class PartnerQueriesListener {

    static final String GROUP = "registration-service.partner-queries";

    private final RecordDepartmentQueryUseCase record;
    private final ProcessedEvents processed;
    private final EventReader events;

    PartnerQueriesListener(RecordDepartmentQueryUseCase record, ProcessedEvents processed, EventReader events) {
        this.record = record;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.VERIFICATION_PARTNER_QUERIES, groupId = GROUP)
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        if (!PartnerQueryRecorded.TYPE.equals(EventReader.eventType(message).orElse(""))) {
            return;
        }
        var event = events.read(message, PartnerQueryRecorded.class);
        if (processed.firstDelivery(event.eventId(), GROUP)) {
            record.record(toQuery(event));
        }
    }

    static DepartmentQuery toQuery(PartnerQueryRecorded e) {
        return new DepartmentQuery(
                e.queryId(),
                e.applicationId(),
                e.sequence(),
                e.department(),
                e.purpose(),
                e.subjectRole(),
                e.subjectMasked(),
                e.outcome(),
                e.answerSummary(),
                e.queriedAt() != null ? e.queriedAt() : e.occurredAt());
    }
}
