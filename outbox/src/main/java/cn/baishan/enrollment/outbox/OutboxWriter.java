package cn.baishan.enrollment.outbox;

import cn.baishan.enrollment.events.IntegrationEvent;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records an event in the {@code outbox_event} table of the caller's own schema, inside the
 * caller's transaction: the event exists if and only if the state change that caused it committed.
 * {@link OutboxRelay} publishes it later, with the id of the request that caused it.
 */
public class OutboxWriter {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public OutboxWriter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void append(String topic, IntegrationEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("outbox events must be written inside the transaction of the change");
        }
        jdbc.sql(
                        """
                        insert into outbox_event (event_id, topic, message_key, event_type, schema_version, payload, created_at, request_id)
                        values (:eventId, :topic, :key, :type, :version, :payload, :createdAt, :requestId)
                        """)
                .param("eventId", event.eventId())
                .param("topic", topic)
                .param("key", event.aggregateId())
                .param("type", event.eventType())
                .param("version", event.schemaVersion())
                .param("payload", json.writeValueAsString(event))
                .param("createdAt", java.sql.Timestamp.from(event.occurredAt()))
                .param("requestId", MDC.get(EventHeaders.MDC_REQUEST_ID))
                .update();
    }
}
