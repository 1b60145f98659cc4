package cn.baishan.enrollment.catchment.warnings.adapter.out.messaging;

import cn.baishan.enrollment.catchment.warnings.domain.SeatWarning;
import cn.baishan.enrollment.catchment.warnings.usecase.port.SeatWarningEvents;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.catchment.SeatWarningIssued;
import cn.baishan.enrollment.events.catchment.SeatWarningLifted;
import cn.baishan.enrollment.outbox.OutboxWriter;
import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;

@Component
class OutboxSeatWarningEvents implements SeatWarningEvents {

    private final OutboxWriter outbox;
    private final Clock clock;

    OutboxSeatWarningEvents(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void issued(SeatWarning w) {
        outbox.append(
                Topics.CATCHMENT_SEAT_WARNINGS,
                new SeatWarningIssued(
                        UUID.randomUUID(),
                        clock.instant(),
                        SeatWarningIssued.VERSION,
                        w.id(),
                        w.schoolCode(),
                        w.districtCode(),
                        w.stage().name(),
                        w.enrollmentYear(),
                        w.level().name(),
                        w.startDate()));
    }

    @Override
    public void lifted(SeatWarning w) {
        outbox.append(
                Topics.CATCHMENT_SEAT_WARNINGS,
                new SeatWarningLifted(
                        UUID.randomUUID(),
                        clock.instant(),
                        SeatWarningLifted.VERSION,
                        w.id(),
                        w.schoolCode(),
                        w.liftedOn()));
    }

    /** The topic this service owns. */
    @Configuration
    static class Topic {

        @Bean
        NewTopic seatWarningsTopic(
                @Value("${baishan.topics.partitions:3}") int partitions,
                @Value("${baishan.topics.replicas:1}") int replicas) {
            return TopicBuilder.name(Topics.CATCHMENT_SEAT_WARNINGS)
                    .partitions(partitions)
                    .replicas(replicas)
                    .build();
        }
    }
}
