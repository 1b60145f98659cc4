package cn.baishan.enrollment.verification.verifications.adapter.out.catchment;

import cn.baishan.enrollment.verification.verifications.domain.Coordinates;
import cn.baishan.enrollment.verification.verifications.domain.Stages;
import cn.baishan.enrollment.verification.verifications.domain.ZoneLookup;
import cn.baishan.enrollment.verification.verifications.usecase.port.CatchmentPort;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Asks catchment-service which zone an address is in, over its public look-up API (answered from
 * memory there). Resilience4j instance {@value #NAME}; no answer is {@code Unavailable}, never a zone.
 * A match carries catchment's {@code location} of the address (absent from an older catchment: none).
 */
@Component
class CatchmentClient implements CatchmentPort {

    static final String NAME = "catchment";
    private static final Logger log = LoggerFactory.getLogger(CatchmentClient.class);

    private final RestClient http;

    CatchmentClient(
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
    public ZoneLookup zoneOf(String address, String stage, LocalDate date) {
        LookupResponse response = http.get()
                .uri(uri -> uri.path("/api/public/zones/lookup")
                        .queryParam("address", address)
                        .queryParam("stage", Stages.catchmentStage(stage))
                        .queryParam("date", date)
                        .build())
                .retrieve()
                .body(LookupResponse.class);
        if (response == null || response.results() == null || response.results().isEmpty()) {
            throw new IllegalStateException("empty answer from catchment");
        }
        StageResult result = response.results().get(0);
        if ("MATCHED".equals(result.outcome()) && result.zones().size() == 1) {
            ZoneHit zone = result.zones().get(0);
            return new ZoneLookup.Matched(
                    zone.zoneCode(),
                    zone.schools().stream().map(SchoolHit::code).toList(),
                    location(result.location()));
        }
        return new ZoneLookup.Unresolved(result.explanation());
    }

    /** Catchment's position of the matched address; none (or out of range) is no position, not a failure. */
    private static Coordinates location(Location location) {
        if (location == null || location.lon() == null || location.lat() == null) {
            return null;
        }
        try {
            return new Coordinates(location.lon(), location.lat());
        } catch (IllegalArgumentException e) {
            log.warn("catchment gave an invalid position, ignored: {}", e.getMessage());
            return null;
        }
    }

    ZoneLookup unavailable(String address, String stage, LocalDate date, Throwable cause) {
        log.warn("catchment unavailable: {}", cause.toString());
        return new ZoneLookup.Unavailable("招生片区服务暂时无法访问，稍后自动重试");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LookupResponse(List<StageResult> results) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StageResult(String stage, String outcome, String explanation, List<ZoneHit> zones, Location location) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Location(Double lon, Double lat) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ZoneHit(String zoneCode, List<SchoolHit> schools) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SchoolHit(String code) {}
}
