package cn.baishan.enrollment.verification.audit.adapter.in.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.RecordDisputed;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import cn.baishan.enrollment.verification.audit.usecase.HandleDisputesUseCase;
import cn.baishan.enrollment.verification.audit.usecase.HandleDisputesUseCase.ReceiveDisputeCommand;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's dispute → district staff's queue; redeliveries are skipped by event id. Its own consumer
 * group: in the group of the submitted-application listener the two would split the topic's partitions
 * between them and each would miss the other's events.
 */
@Component
class RecordDisputedListener {

    static final String CONSUMER = "verification-service.record-disputed";

    private final HandleDisputesUseCase disputes;
    private final ProcessedEvents processed;
    private final EventReader events;

    RecordDisputedListener(HandleDisputesUseCase disputes, ProcessedEvents processed, EventReader events) {
        this.disputes = disputes;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.REGISTRATION_APPLICATIONS, groupId = "verification-service.disputes")
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        if (!EventReader.eventType(message).filter(RecordDisputed.TYPE::equals).isPresent()) {
            return;
        }
        var event = events.read(message, RecordDisputed.class);
        if (!processed.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        disputes.receive(new ReceiveDisputeCommand(
                event.disputeId(), event.applicationId(), event.queryId(), event.department(), event.statement()));
    }
}
