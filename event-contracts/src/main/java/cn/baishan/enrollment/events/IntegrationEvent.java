package cn.baishan.enrollment.events;

import java.time.Instant;
import java.util.UUID;

/** What every event on a topic carries, whatever its payload. */
public interface IntegrationEvent {

    /** Unique per event; consumers record it to ignore redeliveries. */
    UUID eventId();

    Instant occurredAt();

    /** The id of the aggregate the event is about; also the Kafka record key. */
    String aggregateId();

    /** Version of the payload shape; bumped with the topic name on a breaking change. */
    int schemaVersion();

    /** Stable name of the event type, written to the {@code event-type} record header. */
    String eventType();
}
