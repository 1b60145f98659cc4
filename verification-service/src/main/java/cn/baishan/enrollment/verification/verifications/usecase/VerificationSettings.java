package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code baishan.verification}: how many due verifications a worker claims per round,
 * how long a claim lasts, and the retry schedule for departments that stay down.
 */
@ConfigurationProperties("baishan.verification")
public record VerificationSettings(
        @DefaultValue("20") int batchSize,
        @DefaultValue("2m") Duration claimLease,
        @DefaultValue("10s") Duration firstRetry,
        @DefaultValue("10m") Duration maxRetry) {

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(firstRetry, maxRetry);
    }
}
