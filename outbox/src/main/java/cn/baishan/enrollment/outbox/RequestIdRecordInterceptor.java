package cn.baishan.enrollment.outbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the request id an event carries into the logging context while a listener handles it, so
 * the consumer's log lines — and the events it writes in turn — carry the id of the parent's
 * original request. Typed {@code <Object, Object>} because that is what Spring Boot's listener
 * container factory picks up.
 */
class RequestIdRecordInterceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(
            ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        Header header = record.headers().lastHeader(EventHeaders.REQUEST_ID);
        if (header != null) {
            MDC.put(EventHeaders.MDC_REQUEST_ID, new String(header.value(), StandardCharsets.UTF_8));
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(EventHeaders.MDC_REQUEST_ID);
    }
}
