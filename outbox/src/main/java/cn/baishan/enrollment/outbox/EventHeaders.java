package cn.baishan.enrollment.outbox;

/** Kafka record headers the relay sets, so consumers can route without parsing the payload. */
public final class EventHeaders {

    public static final String EVENT_ID = "event-id";
    public static final String EVENT_TYPE = "event-type";
    public static final String SCHEMA_VERSION = "schema-version";

    private EventHeaders() {}
}
