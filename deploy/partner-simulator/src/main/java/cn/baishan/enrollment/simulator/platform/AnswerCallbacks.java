package cn.baishan.enrollment.simulator.platform;

import cn.baishan.enrollment.simulator.fault.Department;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts asynchronous answers to the platform ({@code POST /api/partner/answers}) after their delay, as the
 * department would. A failed post (no connection, 5xx, 401 after a fresh token) is tried again with
 * doubling backoff up to {@code simulator.callback.max-attempts}; a 4xx other than 401 is the platform
 * refusing this answer for good, so it is not repeated. Logs name the department, request and ticket,
 * never the answer (it holds ID numbers and addresses).
 */
@Component
public class AnswerCallbacks {

    static final String ANSWERS_PATH = "/api/partner/answers";

    private static final Logger log = LoggerFactory.getLogger(AnswerCallbacks.class);

    private final PlatformClient platform;
    private final PlatformProperties properties;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "answer-callbacks");
        thread.setDaemon(true);
        return thread;
    });

    AnswerCallbacks(PlatformClient platform, PlatformProperties properties) {
        this.platform = platform;
        this.properties = properties;
    }

    /** Schedules the answer of one query; {@code answer} is the body the query would have had. */
    public void schedule(Department department, String requestId, String ticket, Object answer, Duration delay) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", requestId);
        body.put("ticket", ticket);
        body.put("answer", answer);
        scheduler.schedule(
                () -> attempt(department, requestId, ticket, body, 1), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(Department department, String requestId, String ticket, Object body, int attempt) {
        String failure;
        try {
            PlatformClient.Answer answer = platform.post(department.slug(), ANSWERS_PATH, body);
            if (answer.succeeded()) {
                log.info(
                        "Asynchronous answer posted department={} requestId={} ticket={} status={} attempt={}",
                        department.slug(),
                        requestId,
                        ticket,
                        answer.status(),
                        attempt);
                return;
            }
            if (answer.status() >= 400 && answer.status() < 500 && answer.status() != 401) {
                log.warn(
                        "Asynchronous answer refused department={} requestId={} ticket={} status={} type={}",
                        department.slug(),
                        requestId,
                        ticket,
                        answer.status(),
                        answer.body() == null
                                ? null
                                : answer.body().path("type").asString(null));
                return;
            }
            failure = "status " + answer.status();
        } catch (java.io.IOException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempt >= properties.maxAttempts()) {
            log.error(
                    "Asynchronous answer given up department={} requestId={} ticket={} after {} attempts, last: {}",
                    department.slug(),
                    requestId,
                    ticket,
                    attempt,
                    failure);
            return;
        }
        Duration backoff = properties.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
        log.warn(
                "Asynchronous answer failed department={} requestId={} ticket={} attempt={} ({}), next in {} ms",
                department.slug(),
                requestId,
                ticket,
                attempt,
                failure,
                backoff.toMillis());
        scheduler.schedule(
                () -> attempt(department, requestId, ticket, body, attempt + 1),
                backoff.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
