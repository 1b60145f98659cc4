package cn.baishan.enrollment.outbox;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The idempotent-consumer guard: a consumer calls {@link #firstDelivery} in the same transaction as
 * its effect. The row and the effect commit together, so a redelivered event is recognised and
 * skipped, and an effect that rolled back leaves the event to be processed again.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;

    public ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this consumer has not seen the event before (and records it as seen). */
    public boolean firstDelivery(UUID eventId, String consumer) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("record processed events inside the transaction of the effect");
        }
        return jdbc.sql(
                                """
                        insert into processed_event (event_id, consumer, processed_at) values (:id, :consumer, now())
                        on conflict do nothing
                        """)
                        .param("id", eventId)
                        .param("consumer", consumer)
                        .update()
                == 1;
    }
}
