package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code baishan.verification}: how many due verifications a worker claims per round,
 * how long a claim lasts, the retry schedule for departments that stay down, and the continuous
 * social-insurance months a migrant family needs (default 12), and how long a verification may wait for
 * a department before it also goes to district staff's manual-review queue (default 48 h).
 */
@ConfigurationProperties("baishan.verification")
public record VerificationSettings(
        @DefaultValue("20") int batchSize,
        @DefaultValue("2m") Duration claimLease,
        @DefaultValue("10s") Duration firstRetry,
        @DefaultValue("10m") Duration maxRetry,
        @DefaultValue("12") int insuranceMonths,
        @DefaultValue("48h") Duration manualReviewAfter) {

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(firstRetry, maxRetry);
    }
}
