package cn.baishan.enrollment.verification.verifications.adapter.out.partner;

import cn.baishan.enrollment.verification.verifications.usecase.port.DepartmentAnswers;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One query to a department, shared by the four partner clients. A department may answer at once, or
 * take the query with {@code 202 {requestId, ticket}} and post the answer to the partner API later. An
 * answer posted back for the same registry, persons and application is used instead of asking again.
 * Anything else that is not the agreed JSON throws, which the clients' Resilience4j setup turns into
 * "unavailable".
 */
@Component
class DepartmentExchange {

    private static final Logger log = LoggerFactory.getLogger(DepartmentExchange.class);

    private final DepartmentAnswers answers;
    private final JsonMapper json;
    private final Clock clock;

    DepartmentExchange(DepartmentAnswers answers, JsonMapper json, Clock clock) {
        this.answers = answers;
        this.json = json;
        this.clock = clock;
    }

    /** The department's answer, or (when {@link #awaiting()}) the ticket it will answer under. */
    record Reply<T>(T answer, String ticket, Instant askedAt, boolean stored) {

        /** {@code stored}: the answer was posted back earlier, not received now (the audit log records it once). */
        Reply(T answer, String ticket, Instant askedAt) {
            this(answer, ticket, askedAt, false);
        }

        boolean awaiting() {
            return ticket != null;
        }
    }

    /**
     * @param source the partner client's name ({@code household-registration} ...)
     * @param idNumbers the persons the query names: with the application, what a stored answer is keyed by
     */
    <T> Reply<T> query(
            RestClient http,
            String source,
            String uri,
            String requestId,
            Object request,
            Class<T> answerType,
            List<String> idNumbers,
            UUID applicationId) {
        Optional<T> stored = storedAnswer(source, idNumbers, applicationId, answerType);
        if (stored.isPresent()) {
            return new Reply<>(stored.get(), null, null, true);
        }
        ResponseEntity<byte[]> response =
                http.post().uri(uri).body(request).retrieve().toEntity(byte[].class);
        byte[] body = response.getBody();
        if (body == null || body.length == 0) {
            throw new IllegalStateException("empty answer from " + source);
        }
        if (response.getStatusCode().isSameCodeAs(HttpStatus.ACCEPTED)) {
            Accepted accepted = json.readValue(body, Accepted.class);
            if (accepted.ticket() == null
                    || accepted.ticket().isBlank()
                    || accepted.ticket().length() > 100) {
                throw new IllegalStateException("202 without a usable ticket from " + source);
            }
            Instant askedAt = clock.instant();
            answers.awaiting(source, idNumbers, applicationId, requestId, accepted.ticket(), askedAt);
            log.info("{} took the query for application {} with ticket {}", source, applicationId, accepted.ticket());
            return new Reply<>(null, accepted.ticket(), askedAt);
        }
        return new Reply<>(json.readValue(body, answerType), null, null);
    }

    /**
     * A posted-back answer that is not the agreed JSON is ignored (the department is asked again), so a
     * bad callback can never wedge the verification.
     */
    private <T> Optional<T> storedAnswer(String source, List<String> idNumbers, UUID applicationId, Class<T> type) {
        return answers.answerFor(source, idNumbers, applicationId).flatMap(stored -> {
            try {
                return Optional.of(json.readValue(stored, type));
            } catch (JacksonException e) {
                log.warn(
                        "stored answer of {} for application {} is not the agreed JSON, asking again: {}",
                        source,
                        applicationId,
                        e.getOriginalMessage());
                return Optional.empty();
            }
        });
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Accepted(String requestId, String ticket) {}
}
