package cn.baishan.enrollment.admission.seasons.adapter.out.messaging;

import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.usecase.port.AdmissionEvents;
import cn.baishan.enrollment.allocation.district.Explanations.Explanation;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.admission.AdmissionNoticeIssued;
import cn.baishan.enrollment.outbox.OutboxWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class OutboxAdmissionEvents implements AdmissionEvents {

    private final OutboxWriter outbox;
    private final Clock clock;

    OutboxAdmissionEvents(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void noticeIssued(Admission a, Explanation e, String schoolName, LocalDate appealDeadline) {
        outbox.append(
                Topics.ADMISSION_RESULTS,
                new AdmissionNoticeIssued(
                        UUID.randomUUID(),
                        clock.instant(),
                        AdmissionNoticeIssued.VERSION,
                        a.applicationId(),
                        a.runId(),
                        a.season().districtCode(),
                        a.season().enrollmentYear(),
                        a.season().stage(),
                        a.publicId(),
                        a.outcome(),
                        a.schoolCode(),
                        schoolName,
                        a.route(),
                        new AdmissionNoticeIssued.Explanation(
                                e.tierRank(),
                                e.tierName(),
                                e.lotteryNumber(),
                                e.lotteryRank(),
                                e.considered().stream()
                                        .map(c -> new AdmissionNoticeIssued.Considered(
                                                c.schoolCode(),
                                                c.phase() == null
                                                        ? null
                                                        : c.phase().name(),
                                                c.admitted(),
                                                c.cutoffTierRank(),
                                                c.cutoffLotteryRank()))
                                        .toList(),
                                e.reason()),
                        appealDeadline,
                        a.appealId()));
    }
}
