package cn.baishan.enrollment.catchment.zones.adapter.in.messaging;

import cn.baishan.enrollment.catchment.zones.usecase.ZoneDirectoryHolder;
import cn.baishan.enrollment.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's in-memory zone directory current: built at start-up, rebuilt whenever any
 * instance publishes a plan. Every instance listens in a consumer group of its own (a broadcast), from
 * the latest offset — the rebuild reads the database, so older events carry nothing it would miss.
 */
@Component
class ZonePlanPublishedListener {

    private final ZoneDirectoryHolder directory;

    ZonePlanPublishedListener(ZoneDirectoryHolder directory) {
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        directory.rebuild();
    }

    @KafkaListener(
            topics = Topics.CATCHMENT_ZONE_PLANS,
            groupId = "catchment-directory-#{T(java.util.UUID).randomUUID()}",
            properties = "auto.offset.reset=latest")
    void on(ConsumerRecord<String, String> published) {
        directory.rebuild();
    }
}
