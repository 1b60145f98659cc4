package cn.baishan.enrollment.verification.verifications.adapter.in.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.catchment.SeatWarningIssued;
import cn.baishan.enrollment.events.catchment.SeatWarningLifted;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import cn.baishan.enrollment.verification.verifications.domain.WarningNotice;
import cn.baishan.enrollment.verification.verifications.usecase.RecordSeatWarningUseCase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps verification's copy of seat warnings; redeliveries are skipped. */
@Component
class SeatWarningEventsListener {

    static final String CONSUMER = "verification-service.seat-warnings";

    private final RecordSeatWarningUseCase record;
    private final ProcessedEvents processed;
    private final EventReader events;

    SeatWarningEventsListener(RecordSeatWarningUseCase record, ProcessedEvents processed, EventReader events) {
        this.record = record;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.CATCHMENT_SEAT_WARNINGS, groupId = "verification-service")
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        switch (EventReader.eventType(message).orElse("")) {
            case SeatWarningIssued.TYPE -> {
                var e = events.read(message, SeatWarningIssued.class);
                if (processed.firstDelivery(e.eventId(), CONSUMER)) {
                    record.issued(
                            e.warningId(),
                            new WarningNotice(e.schoolCode(), e.stage(), e.enrollmentYear(), e.startDate(), null));
                }
            }
            case SeatWarningLifted.TYPE -> {
                var e = events.read(message, SeatWarningLifted.class);
                if (processed.firstDelivery(e.eventId(), CONSUMER)) {
                    record.lifted(e.warningId(), e.liftedOn());
                }
            }
            default -> {
                // not for us
            }
        }
    }
}
