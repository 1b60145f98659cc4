package cn.baishan.enrollment.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads event payloads the tolerant way: a producer may add fields to a schema version without
 * breaking its consumers (the strict unknown-field rule is for input from people, not from peers).
 */
public class EventReader {

    private final JsonMapper json;

    public EventReader(JsonMapper json) {
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public <T> T read(ConsumerRecord<String, String> record, Class<T> type) {
        return json.readValue(record.value(), type);
    }

    /** The {@code event-type} header, which names the record type on a topic that carries several. */
    public static Optional<String> eventType(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
