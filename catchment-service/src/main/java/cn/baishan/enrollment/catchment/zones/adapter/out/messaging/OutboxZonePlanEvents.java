package cn.baishan.enrollment.catchment.zones.adapter.out.messaging;

import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import cn.baishan.enrollment.catchment.zones.usecase.port.ZonePlanEvents;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.catchment.ZonePlanPublished;
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
class OutboxZonePlanEvents implements ZonePlanEvents {

    private final OutboxWriter outbox;
    private final Clock clock;

    OutboxZonePlanEvents(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void published(ZonePlan plan) {
        outbox.append(
                Topics.CATCHMENT_ZONE_PLANS,
                new ZonePlanPublished(
                        UUID.randomUUID(),
                        clock.instant(),
                        ZonePlanPublished.VERSION,
                        plan.id(),
                        plan.districtCode(),
                        plan.stage().name(),
                        plan.version(),
                        plan.effectiveFrom()));
    }

    /** The topic this service owns. */
    @Configuration
    static class Topic {

        @Bean
        NewTopic zonePlansTopic(
                @Value("${baishan.topics.partitions:3}") int partitions,
                @Value("${baishan.topics.replicas:1}") int replicas) {
            return TopicBuilder.name(Topics.CATCHMENT_ZONE_PLANS)
                    .partitions(partitions)
                    .replicas(replicas)
                    .build();
        }
    }
}
