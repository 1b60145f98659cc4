package cn.baishan.enrollment.admission.plans.adapter.out.catchment;

import cn.baishan.enrollment.admission.plans.domain.CatalogSchool;
import cn.baishan.enrollment.admission.plans.domain.CatalogZone;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.port.CatalogUnavailableException;
import cn.baishan.enrollment.admission.plans.usecase.port.SchoolCatalog;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads catchment-service's public school list and zones in force ({@code /api/public/schools},
 * {@code /api/public/zones}, GeoJSON). Resilience4j instance {@value #NAME}; no answer is a
 * {@link CatalogUnavailableException}, never an empty list.
 */
@Component
class CatchmentClient implements SchoolCatalog {

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
    @Retry(name = NAME, fallbackMethod = "schoolsUnavailable")
    @CircuitBreaker(name = NAME)
    public List<CatalogSchool> schools() {
        SchoolView[] body = http.get().uri("/api/public/schools").retrieve().body(SchoolView[].class);
        if (body == null) {
            throw new IllegalStateException("empty answer from catchment");
        }
        return java.util.Arrays.stream(body).map(SchoolView::toSchool).toList();
    }

    @Override
    @Retry(name = NAME, fallbackMethod = "zonesUnavailable")
    @CircuitBreaker(name = NAME)
    public List<CatalogZone> zones(String districtCode, Stage stage, LocalDate on) {
        FeatureCollection body = http.get()
                .uri(uri -> uri.path("/api/public/zones")
                        .queryParam("districtCode", districtCode)
                        .queryParam("stage", stage.name())
                        .queryParam("date", on)
                        .build())
                .retrieve()
                .body(FeatureCollection.class);
        if (body == null || body.features() == null) {
            throw new IllegalStateException("empty answer from catchment");
        }
        return body.features().stream()
                .map(Feature::properties)
                .filter(Objects::nonNull)
                .map(p -> new CatalogZone(
                        p.zoneCode(),
                        p.districtCode(),
                        Stage.parse(p.stage()),
                        p.type(),
                        p.schoolCodes() == null ? List.of() : p.schoolCodes()))
                .toList();
    }

    List<CatalogSchool> schoolsUnavailable(Throwable cause) {
        log.warn("catchment unavailable (schools): {}", cause.toString());
        throw new CatalogUnavailableException("招生片区服务暂时无法访问，请稍后重试", cause);
    }

    List<CatalogZone> zonesUnavailable(String districtCode, Stage stage, LocalDate on, Throwable cause) {
        log.warn("catchment unavailable (zones of {} {}): {}", districtCode, stage, cause.toString());
        throw new CatalogUnavailableException("招生片区服务暂时无法访问，请稍后重试", cause);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SchoolView(String code, String name, String districtCode, double lon, double lat, List<IntakeView> intakes) {

        CatalogSchool toSchool() {
            Set<Stage> stages = intakes == null
                    ? Set.of()
                    : intakes.stream()
                            .map(i -> Stage.parse(i.stage()))
                            .filter(Objects::nonNull)
                            .collect(Collectors.toSet());
            return new CatalogSchool(code, name, districtCode, stages, lon, lat);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IntakeView(String stage) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeatureCollection(List<Feature> features) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Feature(ZoneProperties properties) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ZoneProperties(String zoneCode, String districtCode, String stage, String type, List<String> schoolCodes) {}
}
