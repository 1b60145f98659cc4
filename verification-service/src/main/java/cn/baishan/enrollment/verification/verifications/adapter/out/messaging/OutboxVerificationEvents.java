package cn.baishan.enrollment.verification.verifications.adapter.out.messaging;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.events.verification.VerificationReopened;
import cn.baishan.enrollment.events.verification.VerificationStarted;
import cn.baishan.enrollment.outbox.OutboxWriter;
import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationEvents;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class OutboxVerificationEvents implements VerificationEvents {

    private final OutboxWriter outbox;
    private final Clock clock;

    OutboxVerificationEvents(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void started(Verification v) {
        outbox.append(
                Topics.VERIFICATION_VERIFICATIONS,
                new VerificationStarted(
                        UUID.randomUUID(), clock.instant(), VerificationStarted.VERSION, v.applicationId(), v.id()));
    }

    @Override
    public void completed(Verification v) {
        outbox.append(
                Topics.VERIFICATION_VERIFICATIONS,
                new VerificationCompleted(
                        UUID.randomUUID(),
                        clock.instant(),
                        VerificationCompleted.VERSION,
                        v.applicationId(),
                        v.id(),
                        v.verdict().name(),
                        v.category(),
                        v.checks().stream()
                                .map(c -> new VerificationCompleted.Check(
                                        c.source(), c.outcome().name(), c.evidence()))
                                .toList(),
                        v.supplementItems().stream()
                                .map(i -> new VerificationCompleted.SupplementItem(
                                        i.code(), i.field(), i.reason(), i.remedy()))
                                .toList(),
                        v.zoneCode(),
                        v.zoneSchoolCodes(),
                        v.flags(),
                        v.facts().stream().map(Enum::name).sorted().toList(),
                        v.homeLocation() == null
                                ? null
                                : new VerificationCompleted.Location(
                                        v.homeLocation().lon(), v.homeLocation().lat())));
    }

    @Override
    public void reopened(Verification v, String department) {
        outbox.append(
                Topics.VERIFICATION_VERIFICATIONS,
                new VerificationReopened(
                        UUID.randomUUID(),
                        clock.instant(),
                        VerificationReopened.VERSION,
                        v.applicationId(),
                        v.id(),
                        v.reopenTrigger(),
                        department,
                        v.reopenReason()));
    }
}
