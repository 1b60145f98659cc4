package cn.baishan.enrollment.admission.seasons.adapter.out.partner;

import cn.baishan.enrollment.admission.seasons.usecase.port.SchoolNames;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Names for the notices from catchment's public school list. A name is a courtesy, the code is the result: when
 * catchment cannot answer, the notice goes out with the code alone rather than not at all.
 */
@Component
class CatchmentSchoolNames implements SchoolNames {

    private static final Logger log = LoggerFactory.getLogger(CatchmentSchoolNames.class);

    private final RestClient http;

    CatchmentSchoolNames(
            @Value("${baishan.catchment.base-url:http://localhost:8084}") String baseUrl,
            @Value("${baishan.catchment.timeout:2s}") Duration timeout) {
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        this.http =
                RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
    }

    @Override
    public Map<String, String> all() {
        try {
            List<SchoolView> schools = http.get()
                    .uri("/api/public/schools")
                    .retrieve()
                    .body(new org.springframework.core.ParameterizedTypeReference<List<SchoolView>>() {});
            if (schools == null) {
                return Map.of();
            }
            return schools.stream()
                    .filter(s -> s.code() != null && s.name() != null)
                    .collect(Collectors.toMap(SchoolView::code, SchoolView::name, (a, b) -> a));
        } catch (RuntimeException e) {
            log.warn("catchment school names unavailable, notices carry school codes only: {}", e.toString());
            return Map.of();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SchoolView(String code, String name) {}
}
