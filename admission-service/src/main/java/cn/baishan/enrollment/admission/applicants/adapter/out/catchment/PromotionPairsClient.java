package cn.baishan.enrollment.admission.applicants.adapter.out.catchment;

import cn.baishan.enrollment.admission.applicants.usecase.port.PartnerUnavailableException;
import cn.baishan.enrollment.admission.applicants.usecase.port.PromotionPairsPort;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads catchment-service's public direct-promotion pairs ({@code GET /api/public/promotion-pairs}).
 * Resilience4j instance {@value #NAME}; no answer is a {@link PartnerUnavailableException}.
 */
@Component
class PromotionPairsClient implements PromotionPairsPort {

    static final String NAME = "catchment";
    private static final Logger log = LoggerFactory.getLogger(PromotionPairsClient.class);

    private final RestClient http;

    PromotionPairsClient(
            RestClient.Builder builder,
            @Value("${baishan.catchment.base-url}") String baseUrl,
            @Value("${baishan.catchment.timeout:2s}") Duration timeout) {
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        this.http = builder.baseUrl(baseUrl).requestFactory(factory).build();
    }

    @Override
    @Retry(name = NAME, fallbackMethod = "unavailable")
    @CircuitBreaker(name = NAME)
    public Map<String, String> primaryToJunior() {
        PairView[] body =
                http.get().uri("/api/public/promotion-pairs").retrieve().body(PairView[].class);
        if (body == null) {
            throw new IllegalStateException("empty answer from catchment");
        }
        Map<String, String> pairs = new TreeMap<>();
        for (PairView p : body) {
            if (p.primarySchoolCode() != null && p.juniorSchoolCode() != null) {
                pairs.put(p.primarySchoolCode(), p.juniorSchoolCode());
            }
        }
        return pairs;
    }

    Map<String, String> unavailable(Throwable cause) {
        log.warn("catchment unavailable (promotion pairs): {}", cause.toString());
        throw new PartnerUnavailableException("招生片区服务暂时无法访问，无法取得对口直升关系", cause);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PairView(String primarySchoolCode, String juniorSchoolCode) {}
}
