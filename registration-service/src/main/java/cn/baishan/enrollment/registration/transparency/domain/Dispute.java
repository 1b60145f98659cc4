package cn.baishan.enrollment.registration.transparency.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A family's objection to one recorded department answer. It is filed against a query of the same
 * application and goes to district staff, who decide on it (statuses after {@code SUBMITTED} come
 * with their review).
 */
public record Dispute(
        UUID id,
        UUID applicationId,
        UUID queryId,
        String department,
        String statement,
        String filedBy,
        DisputeStatus status,
        Instant filedAt) {

    public static final int MIN_STATEMENT = 5;
    public static final int MAX_STATEMENT = 500;

    public Dispute {
        Objects.requireNonNull(id);
        Objects.requireNonNull(applicationId);
        Objects.requireNonNull(queryId);
        Objects.requireNonNull(department);
        Objects.requireNonNull(statement);
        Objects.requireNonNull(filedBy);
        Objects.requireNonNull(status);
        Objects.requireNonNull(filedAt);
    }

    /** Files a dispute of {@code query}; the statement is what the family says is wrong (5–500 characters). */
    public static Dispute file(UUID id, DepartmentQuery query, String statement, String filedBy, Instant at) {
        String text = statement == null ? "" : statement.strip();
        int length = text.codePointCount(0, text.length());
        if (length < MIN_STATEMENT || length > MAX_STATEMENT) {
            throw new InvalidDisputeException(
                    "statement", "length", "异议说明应为" + MIN_STATEMENT + "至" + MAX_STATEMENT + "个字，请写明您认为哪里有误");
        }
        return new Dispute(
                id,
                query.applicationId(),
                query.queryId(),
                query.department(),
                text,
                filedBy,
                DisputeStatus.SUBMITTED,
                at);
    }
}
