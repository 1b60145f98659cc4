package cn.baishan.enrollment.verification.verifications.domain;

import java.time.Duration;

/** When to ask an unavailable department again: doubling from {@code first}, capped at {@code max}. */
public record RetryPolicy(Duration first, Duration max) {

    public Duration delayAfter(int attempts) {
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
