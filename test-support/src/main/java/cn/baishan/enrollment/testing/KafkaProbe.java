package cn.baishan.enrollment.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning, as an outside observer, and collects the records with one key. */
public final class KafkaProbe {

    private KafkaProbe() {}

    /**
     * Polls {@code topic} until {@code expected} records with {@code key} arrived or {@code timeout}
     * passed, then listens one more second so a duplicate would be seen too.
     */
    public static List<ConsumerRecord<String, String>> recordsWithKey(
            String bootstrapServers, String topic, String key, int expected, Duration timeout) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (matching.size() < expected && Instant.now().isBefore(deadline)) {
                collect(consumer, key, matching, Duration.ofMillis(200));
            }
            if (matching.size() >= expected) {
                collect(consumer, key, matching, Duration.ofSeconds(1));
            }
        }
        return matching;
    }

    private static void collect(
            KafkaConsumer<String, String> consumer,
            String key,
            List<ConsumerRecord<String, String>> into,
            Duration wait) {
        for (var record : consumer.poll(wait)) {
            if (key.equals(record.key())) {
                into.add(record);
            }
        }
    }
}
