package cn.baishan.enrollment.verification.verifications.usecase.port;

import java.time.Instant;

/**
 * The department took the query and will answer later through the partner API: not a failure, so it is
 * neither retried nor counted by the circuit breaker (see application.yml), and the verification waits
 * for the callback instead of asking again soon.
 */
public class PartnerAwaitingAnswerException extends PartnerUnavailableException {

    private final Instant askedAt;

    public PartnerAwaitingAnswerException(String source, String reason, Instant askedAt) {
        super(source, reason);
        this.askedAt = askedAt;
    }

    public Instant askedAt() {
        return askedAt;
    }
}
