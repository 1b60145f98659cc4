package cn.baishan.enrollment.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code verification.verifications.v1} the way any new consumer would: a plain Kafka consumer, no group,
 * {@code read_committed}, from the first offset to the end, and collects the {@code VerificationCompleted} records
 * (by the {@code event-type} header) per application id.
 */
final class VerdictTopic {

    static final String TOPIC = "verification.verifications.v1";

    /** One {@code VerificationCompleted} record as it lies on the topic. */
    record Verdict(String eventId, String verificationId, String verdict, long offset) {}

    private VerdictTopic() {}

    /** The verdict records of the given applications (absent key: no verdict on the topic). */
    static Map<String, List<Verdict>> verdictsOf(String bootstrapServers, Collection<String> applicationIds) {
        Set<String> wanted = Set.copyOf(applicationIds);
        Properties p = new Properties();
        p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.setProperty(ConsumerConfig.CLIENT_ID_CONFIG, "system-test-verdicts-" + UUID.randomUUID());
        p.setProperty(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.setProperty(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, List<Verdict>> out = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(15)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(15));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + TOPIC + " to its end within 60 s");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (!"VerificationCompleted".equals(header(r, "event-type"))) {
                        continue;
                    }
                    JsonNode event = Api.JSON.readTree(r.value());
                    String applicationId = event.get("applicationId").asString();
                    if (wanted.contains(applicationId)) {
                        out.computeIfAbsent(applicationId, k -> new ArrayList<>())
                                .add(new Verdict(
                                        event.get("eventId").asString(),
                                        event.get("verificationId").asString(),
                                        event.get("verdict").asString(),
                                        r.offset()));
                    }
                }
            }
        }
        return out;
    }

    /** Distinct verdict events per application: a redelivered record (same event id) counts once. */
    static Map<String, Set<String>> distinctEventIds(Map<String, List<Verdict>> verdicts) {
        return verdicts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                .map(Verdict::eventId)
                .collect(Collectors.toSet())));
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
