package cn.baishan.enrollment.admission.appeals.adapter.in.messaging;

import cn.baishan.enrollment.admission.appeals.usecase.FileAppealUseCase;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.AppealFiled;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One filed appeal → one case; the other event types of the topic are not ours. Its own consumer group: listeners of
 * one group on one topic split its partitions, so sharing the applicants feature's group would lose events.
 */
@Component
class AppealFiledListener {

    static final String CONSUMER = "admission-service.appeal-filed";

    private final FileAppealUseCase appeals;
    private final ProcessedEvents processed;
    private final EventReader events;

    AppealFiledListener(FileAppealUseCase appeals, ProcessedEvents processed, EventReader events) {
        this.appeals = appeals;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.REGISTRATION_APPLICATIONS, groupId = "admission-service.appeals")
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        if (!EventReader.eventType(message).filter(AppealFiled.TYPE::equals).isPresent()) {
            return;
        }
        AppealFiled event = events.read(message, AppealFiled.class);
        if (!processed.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        appeals.file(event.appealId(), event.applicationId(), event.runId(), event.statement());
    }
}
