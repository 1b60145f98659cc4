package cn.baishan.enrollment.admission.applicants.adapter.out.verification;

import cn.baishan.enrollment.admission.applicants.domain.SeasonInputs.Tier;
import cn.baishan.enrollment.admission.applicants.usecase.port.PartnerUnavailableException;
import cn.baishan.enrollment.admission.applicants.usecase.port.TierRulesPort;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads a district's published tier order from verification-service ({@code GET
 * /api/public/tier-rules/{district}}). Resilience4j instance {@value #NAME}; no answer is a
 * {@link PartnerUnavailableException}, never a default order.
 */
@Component
class TierRulesClient implements TierRulesPort {

    static final String NAME = "verification";
    private static final Logger log = LoggerFactory.getLogger(TierRulesClient.class);

    private final RestClient http;

    TierRulesClient(
            RestClient.Builder builder,
            @Value("${baishan.verification.base-url}") String baseUrl,
            @Value("${baishan.verification.timeout:2s}") Duration timeout) {
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        this.http = builder.baseUrl(baseUrl).requestFactory(factory).build();
    }

    @Override
    @Retry(name = NAME, fallbackMethod = "unavailable")
    @CircuitBreaker(name = NAME)
    public List<Tier> published(String districtCode) {
        TierRulesView body = http.get()
                .uri("/api/public/tier-rules/{district}", districtCode)
                .retrieve()
                .body(TierRulesView.class);
        if (body == null || body.tiers() == null || body.tiers().isEmpty()) {
            throw new IllegalStateException("no tiers in verification's answer");
        }
        return body.tiers().stream()
                .map(t -> new Tier(t.rank(), t.category(), t.name()))
                .toList();
    }

    List<Tier> unavailable(String districtCode, Throwable cause) {
        log.warn("verification unavailable (tier rules of {}): {}", districtCode, cause.toString());
        throw new PartnerUnavailableException("资格核验服务暂时无法访问，无法取得本区县公布的入学顺位", cause);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TierRulesView(String districtCode, String basisDocument, List<TierView> tiers) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TierView(int rank, String category, String name) {}
}
