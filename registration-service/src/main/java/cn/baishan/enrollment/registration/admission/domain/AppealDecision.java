package cn.baishan.enrollment.registration.admission.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * District staff's decision, as admission published it.
 *
 * @param schoolCode the school the child moves to when upheld with a move; null otherwise
 */
public record AppealDecision(AppealStatus outcome, String reason, String schoolCode, Instant decidedAt) {

    public AppealDecision {
        if (outcome == null || outcome == AppealStatus.SUBMITTED) {
            throw new IllegalArgumentException("a decision upholds or dismisses");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision is recorded with its reason");
        }
        Fields.optional(reason, 1000, "reason");
        Fields.optional(schoolCode, 20, "schoolCode");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** Maps admission's outcome word; anything else is a malformed event. */
    public static AppealStatus outcome(String word) {
        if ("UPHELD".equals(word)) {
            return AppealStatus.UPHELD;
        }
        if ("DISMISSED".equals(word)) {
            return AppealStatus.DISMISSED;
        }
        throw new IllegalArgumentException("unknown appeal outcome " + word);
    }
}
