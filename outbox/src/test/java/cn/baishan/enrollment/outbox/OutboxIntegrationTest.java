package cn.baishan.enrollment.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.events.IntegrationEvent;
import cn.baishan.enrollment.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real PostgreSQL and a real (embedded, KRaft) Kafka broker. The relay's
 * background loop is off: each test drives {@link OutboxRelay#publishPending()} itself, which is
 * exactly what the loop does after a restart.
 */
@SpringBootTest(
        properties = {"baishan.outbox.relay-enabled=false", "spring.kafka.producer.properties.max.block.ms=5000"})
@EmbeddedKafka(partitions = 1, topics = OutboxIntegrationTest.TOPIC)
class OutboxIntegrationTest {

    static final String TOPIC = "test.things.v1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    OutboxWriter outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    ProcessedEvents processed;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    OutboxProperties properties;

    @BeforeEach
    void drainEarlierTests() {
        relay.publishPending();
    }

    @Test
    void anEventCommittedWithItsChangeIsPublishedWithKeyHeadersAndRequestId() {
        var event = ThingNamed.now("first");
        try (var requestId = MDC.putCloseable(EventHeaders.MDC_REQUEST_ID, "req-42")) {
            tx.executeWithoutResult(s -> {
                insertThing(event);
                outbox.append(TOPIC, event);
            });
        }

        assertThat(relay.publishPending()).isEqualTo(1);

        List<ConsumerRecord<String, String>> received = consumeFor(event.aggregateId());
        assertThat(received).hasSize(1);
        ConsumerRecord<String, String> record = received.get(0);
        assertThat(record.key()).isEqualTo(event.aggregateId());
        assertThat(record.value()).contains("\"name\":\"first\"");
        assertThat(header(record, EventHeaders.EVENT_ID))
                .isEqualTo(event.eventId().toString());
        assertThat(header(record, EventHeaders.EVENT_TYPE)).isEqualTo("ThingNamed");
        assertThat(header(record, EventHeaders.REQUEST_ID)).isEqualTo("req-42");
        assertThat(relay.pendingCount()).isZero();
    }

    @Test
    void anEventOfARolledBackChangeIsNeverPublished() {
        var event = ThingNamed.now("rolled back");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    insertThing(event);
                    outbox.append(TOPIC, event);
                    throw new IllegalStateException("business rule failed after the write");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(relay.pendingCount()).isZero();
        assertThat(relay.publishPending()).isZero();
        assertThat(consumeFor(event.aggregateId())).isEmpty();
    }

    @Test
    void anEventCommittedBeforeACrashIsPublishedAfterRestart() {
        var event = ThingNamed.now("survives");
        tx.executeWithoutResult(s -> {
            insertThing(event);
            outbox.append(TOPIC, event);
        });
        // the process "dies" here: committed, never sent. A new relay (as after a restart) finds it.
        assertThat(relay.pendingCount()).isEqualTo(1);
        var restarted = new OutboxRelay(jdbc, tx, kafkaTemplate(broker.getBrokersAsString()), properties);

        assertThat(restarted.publishPending()).isEqualTo(1);
        assertThat(consumeFor(event.aggregateId())).hasSize(1);
    }

    @Test
    void aFailedSendLeavesTheEventPendingUntilTheBrokerIsBack() {
        var event = ThingNamed.now("broker away");
        tx.executeWithoutResult(s -> {
            insertThing(event);
            outbox.append(TOPIC, event);
        });
        var brokerDown = new OutboxRelay(jdbc, tx, kafkaTemplate("127.0.0.1:1"), properties);

        assertThatThrownBy(brokerDown::publishPending).isInstanceOf(RuntimeException.class);
        assertThat(relay.pendingCount()).isEqualTo(1);

        assertThat(relay.publishPending()).isEqualTo(1);
        assertThat(consumeFor(event.aggregateId())).hasSize(1);
    }

    @Test
    void writingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append(TOPIC, ThingNamed.now("no tx")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDuplicateDeliveryIsRecognisedPerConsumer() {
        UUID eventId = UUID.randomUUID();

        Boolean first = tx.execute(s -> processed.firstDelivery(eventId, "consumer-a"));
        Boolean again = tx.execute(s -> processed.firstDelivery(eventId, "consumer-a"));
        Boolean otherConsumer = tx.execute(s -> processed.firstDelivery(eventId, "consumer-b"));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(otherConsumer).isTrue();
    }

    @Test
    void aDeliveryWhoseEffectRolledBackIsProcessedAgain() {
        UUID eventId = UUID.randomUUID();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    processed.firstDelivery(eventId, "consumer-a");
                    throw new IllegalStateException("effect failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        Boolean retried = tx.execute(s -> processed.firstDelivery(eventId, "consumer-a"));
        assertThat(retried).isTrue();
    }

    private void insertThing(ThingNamed event) {
        jdbc.sql("insert into thing (id, name) values (:id, :name)")
                .param("id", event.thingId())
                .param("name", event.name())
                .update();
    }

    private List<ConsumerRecord<String, String>> consumeFor(String key) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plusSeconds(5);
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(250))) {
                    if (key.equals(record.key())) {
                        matching.add(record);
                    }
                }
            }
        }
        return matching;
    }

    private static KafkaTemplate<String, String> kafkaTemplate(String bootstrap) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                2000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                3000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                1000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class)));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    record ThingNamed(UUID eventId, Instant occurredAt, UUID thingId, String name) implements IntegrationEvent {

        static ThingNamed now(String name) {
            return new ThingNamed(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), name);
        }

        @Override
        public String aggregateId() {
            return thingId.toString();
        }

        @Override
        public int schemaVersion() {
            return 1;
        }

        @Override
        public String eventType() {
            return "ThingNamed";
        }
    }
}
