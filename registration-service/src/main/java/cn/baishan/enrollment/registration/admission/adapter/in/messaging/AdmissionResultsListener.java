package cn.baishan.enrollment.registration.admission.adapter.in.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.admission.AdmissionNoticeIssued;
import cn.baishan.enrollment.events.admission.AppealDecided;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.outbox.ProcessedEvents;
import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.AppealDecision;
import cn.baishan.enrollment.registration.admission.domain.ConsideredSchool;
import cn.baishan.enrollment.registration.admission.domain.Explanation;
import cn.baishan.enrollment.registration.admission.usecase.RecordAdmissionResultsUseCase;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps admission's results to one use-case call each; a redelivered event is skipped. A malformed
 * record goes to {@code admission.results.v1-dlt} (the outbox module's error policy).
 */
@Component
class AdmissionResultsListener {

    static final String GROUP = "registration-service.admission-results";

    private final RecordAdmissionResultsUseCase record;
    private final ProcessedEvents processed;
    private final EventReader events;

    AdmissionResultsListener(RecordAdmissionResultsUseCase record, ProcessedEvents processed, EventReader events) {
        this.record = record;
        this.processed = processed;
        this.events = events;
    }

    @KafkaListener(topics = Topics.ADMISSION_RESULTS, groupId = GROUP)
    @Transactional
    public void on(ConsumerRecord<String, String> message) {
        switch (EventReader.eventType(message).orElse("")) {
            case AdmissionNoticeIssued.TYPE -> {
                var event = events.read(message, AdmissionNoticeIssued.class);
                if (processed.firstDelivery(event.eventId(), GROUP)) {
                    record.noticeIssued(toNotice(event));
                }
            }
            case AppealDecided.TYPE -> {
                var event = events.read(message, AppealDecided.class);
                if (processed.firstDelivery(event.eventId(), GROUP)) {
                    if (event.applicationId() == null || event.appealId() == null || event.occurredAt() == null) {
                        throw new IllegalArgumentException("a decision names its application, appeal and time");
                    }
                    record.appealDecided(
                            event.applicationId(),
                            event.appealId(),
                            new AppealDecision(
                                    AppealDecision.outcome(event.outcome()),
                                    event.reason(),
                                    event.schoolCode(),
                                    event.occurredAt()));
                }
            }
            default -> {
                // other event types on the topic are not for us
            }
        }
    }

    static AdmissionNotice toNotice(AdmissionNoticeIssued e) {
        var why = e.explanation();
        if (why == null) {
            throw new IllegalArgumentException("a notice carries its explanation");
        }
        List<ConsideredSchool> considered = why.considered().stream()
                .map(c -> new ConsideredSchool(
                        c.schoolCode(), c.phase(), c.admitted(), c.cutoffTierRank(), c.cutoffLotteryRank()))
                .toList();
        return new AdmissionNotice(
                e.eventId(),
                e.applicationId(),
                e.runId(),
                e.districtCode(),
                e.enrollmentYear(),
                e.stage(),
                e.publicId(),
                e.outcome(),
                e.schoolCode(),
                e.schoolName(),
                e.route(),
                new Explanation(
                        why.tierRank(),
                        why.tierName(),
                        why.lotteryNumber(),
                        why.lotteryRank(),
                        considered,
                        why.reason()),
                e.appealDeadline(),
                e.appealId(),
                e.occurredAt());
    }
}
