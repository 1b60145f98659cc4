package cn.baishan.enrollment.verification.verifications.usecase.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The departments' asynchronous answers: a query a department took with a ticket ({@code 202}) instead
 * of an answer, and the answer it posts back later. Keyed by department registry ({@code source}, the
 * partner client's name), the persons asked about and the application, so the next run reads the
 * stored answer instead of asking again. Answers hold personal data and are stored encrypted.
 */
public interface DepartmentAnswers {

    /** The answer (the department's synchronous JSON shape) posted back for this query, if any. */
    Optional<String> answerFor(String source, List<String> idNumbers, UUID applicationId);

    /** The department took the query and will post the answer with this ticket. */
    void awaiting(
            String source,
            List<String> idNumbers,
            UUID applicationId,
            String requestId,
            String ticket,
            Instant askedAt);

    /** Every outstanding or answered ticket with this value (each department issues its own). */
    List<Ticket> tickets(String ticket);

    /** Stores the answer of a ticket not answered yet; returns false when it was answered before. */
    boolean answer(Ticket ticket, String answerJson, Instant at);

    /** A reopened application reads fresh data: its stored answers and open tickets are dropped. */
    void discardFor(UUID applicationId);

    record Ticket(String source, String ticket, String requestId, UUID applicationId, Instant answeredAt) {}
}
