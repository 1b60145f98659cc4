package cn.baishan.enrollment.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka in insertion order and marks them published. Rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances of a service can relay side by
 * side. A crash between the broker's acknowledgement and the commit re-sends the batch: delivery is
 * at least once, and consumers drop duplicates by event id ({@link ProcessedEvents}).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    public OutboxRelay(
            JdbcClient jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.properties = properties;
    }

    /** Publishes what is pending now; returns how many events went out. Safe to call concurrently. */
    public int publishPending() {
        Integer sent = tx.execute(status -> {
            List<Row> rows = jdbc.sql(
                            """
                            select id, event_id, topic, message_key, event_type, schema_version, payload, request_id
                            from outbox_event where published_at is null
                            order by id limit :limit for update skip locked
                            """)
                    .param("limit", properties.batchSize())
                    .query((rs, n) -> new Row(
                            rs.getLong("id"),
                            rs.getString("event_id"),
                            rs.getString("topic"),
                            rs.getString("message_key"),
                            rs.getString("event_type"),
                            rs.getInt("schema_version"),
                            rs.getString("payload"),
                            rs.getString("request_id")))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                acks.add(kafka.send(row.toRecord()));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .orTimeout(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .join();
            jdbc.sql("update outbox_event set published_at = now() where id in (:ids)")
                    .param("ids", rows.stream().map(Row::id).toList())
                    .update();
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    /** Number of events written but not yet acknowledged by the broker. */
    public long pendingCount() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null")
                .query(Long.class)
                .single();
    }

    private void tick() {
        try {
            while (running && publishPending() == properties.batchSize()) {
                // a full batch means more are waiting: drain before sleeping
            }
        } catch (RuntimeException e) {
            // broker or database away: the rows stay pending and the next tick tries again
            log.warn("outbox relay could not publish, will retry: {}", e.toString());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        running = true;
        long interval = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.relayEnabled();
    }

    private record Row(
            long id,
            String eventId,
            String topic,
            String key,
            String eventType,
            int schemaVersion,
            String payload,
            String requestId) {

        ProducerRecord<String, String> toRecord() {
            var record = new ProducerRecord<>(topic, key, payload);
            record.headers().add(EventHeaders.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.EVENT_TYPE, eventType.getBytes(StandardCharsets.UTF_8));
            record.headers()
                    .add(
                            EventHeaders.SCHEMA_VERSION,
                            Integer.toString(schemaVersion).getBytes(StandardCharsets.UTF_8));
            if (requestId != null) {
                record.headers().add(EventHeaders.REQUEST_ID, requestId.getBytes(StandardCharsets.UTF_8));
            }
            return record;
        }
    }
}
