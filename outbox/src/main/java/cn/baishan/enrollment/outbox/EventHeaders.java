package cn.baishan.enrollment.outbox;

/** Kafka record headers the relay sets, so consumers can route without parsing the payload. */
public final class EventHeaders {

    public static final String EVENT_ID = "event-id";
    public static final String EVENT_TYPE = "event-type";
    public static final String SCHEMA_VERSION = "schema-version";

    /** The request that caused the event (the gateway's X-Request-Id), so one flow can be followed across services. */
    public static final String REQUEST_ID = "request-id";

    /** Logging-context key under which services keep the current request id. */
    public static final String MDC_REQUEST_ID = "requestId";

    private EventHeaders() {}
}
