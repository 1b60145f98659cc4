package cn.baishan.enrollment.verification.verifications.adapter.out.partner;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Where each department's API is and how long to wait for it, under {@code baishan.partners.<name>}.
 * Retries, circuit breaking, bulkheads and rate limits are Resilience4j instances of the same name.
 */
@ConfigurationProperties("baishan.partners")
record PartnerProperties(Map<String, Partner> departments) {

    record Partner(String baseUrl, Duration connectTimeout, Duration readTimeout) {}

    /** An HTTP client for one department: its base URL, its connect and read timeouts. */
    RestClient client(RestClient.Builder builder, String name) {
        Partner partner = department(name);
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(partner.connectTimeout()).build());
        factory.setReadTimeout(partner.readTimeout());
        return builder.baseUrl(partner.baseUrl()).requestFactory(factory).build();
    }

    Partner department(String name) {
        Partner partner = departments == null ? null : departments.get(name);
        if (partner == null) {
            throw new IllegalStateException("no configuration for partner department " + name);
        }
        return partner;
    }
}
