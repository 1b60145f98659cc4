package cn.baishan.enrollment.verification.verifications.adapter.out.partner;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each department's API is and how long to wait for it, under {@code baishan.partners.<name>}.
 * Retries, circuit breaking, bulkheads and rate limits are Resilience4j instances of the same name.
 */
@ConfigurationProperties("baishan.partners")
record PartnerProperties(Map<String, Partner> departments) {

    record Partner(String baseUrl, Duration connectTimeout, Duration readTimeout) {}

    Partner department(String name) {
        Partner partner = departments == null ? null : departments.get(name);
        if (partner == null) {
            throw new IllegalStateException("no configuration for partner department " + name);
        }
        return partner;
    }
}
