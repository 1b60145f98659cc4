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
 */
public record FaultSettings(
        @PositiveOrZero(message = "不能为负数") @Max(value = 60_000, message = "不能超过60000毫秒") Long latencyMs,
        @DecimalMin(value = "0.0", message = "须在0到1之间") @DecimalMax(value = "1.0", message = "须在0到1之间")
                Double errorRate,
        @DecimalMin(value = "0.0", message = "须在0到1之间") @DecimalMax(value = "1.0", message = "须在0到1之间")
                Double garbageRate,
        Boolean outage) {

    static final FaultSettings NONE = new FaultSettings(0L, 0.0, 0.0, false);

    public FaultSettings {
        latencyMs = Objects.requireNonNullElse(latencyMs, 0L);
        errorRate = Objects.requireNonNullElse(errorRate, 0.0);
        garbageRate = Objects.requireNonNullElse(garbageRate, 0.0);
        outage = Objects.requireNonNullElse(outage, false);
    }
}
