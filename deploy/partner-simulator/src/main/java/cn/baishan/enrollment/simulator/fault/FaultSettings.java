package cn.baishan.enrollment.simulator.fault;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/**
 * How one department misbehaves. Fields left out of a request body (or null) take their harmless
 * default, so {@code {"outage": true}} is enough to take a department down.
 *
 * @param latencyMs delay before every answer, including failed ones
 * @param errorRate share of calls answered with 500
 * @param garbageRate share of calls answered with 200 and an unparseable body; when the two rates add up
 *     to more than 1, errors take precedence
 * @param outage every call is answered with 503
 * @param asyncAnswers a call that would be answered gets {@code 202 {requestId, ticket}} instead, and the
 *     answer is posted to the platform's partner API ({@code simulator.callback.base-url}) later
 * @param answerDelayMs how long after the query an asynchronous answer is posted
 */
public record FaultSettings(
        @PositiveOrZero(message = "不能为负数") @Max(value = 60_000, message = "不能超过60000毫秒") Long latencyMs,
        @DecimalMin(value = "0.0", message = "须在0到1之间") @DecimalMax(value = "1.0", message = "须在0到1之间")
                Double errorRate,
        @DecimalMin(value = "0.0", message = "须在0到1之间") @DecimalMax(value = "1.0", message = "须在0到1之间")
                Double garbageRate,
        Boolean outage,
        Boolean asyncAnswers,
        @PositiveOrZero(message = "不能为负数") @Max(value = 600_000, message = "不能超过600000毫秒") Long answerDelayMs) {

    /** Long enough to see the verification wait, short enough for a demo. */
    static final long DEFAULT_ANSWER_DELAY_MS = 2_000;

    static final FaultSettings NONE = new FaultSettings(0L, 0.0, 0.0, false, false, DEFAULT_ANSWER_DELAY_MS);

    public FaultSettings {
        latencyMs = Objects.requireNonNullElse(latencyMs, 0L);
        errorRate = Objects.requireNonNullElse(errorRate, 0.0);
        garbageRate = Objects.requireNonNullElse(garbageRate, 0.0);
        outage = Objects.requireNonNullElse(outage, false);
        asyncAnswers = Objects.requireNonNullElse(asyncAnswers, false);
        answerDelayMs = Objects.requireNonNullElse(answerDelayMs, DEFAULT_ANSWER_DELAY_MS);
    }
}
