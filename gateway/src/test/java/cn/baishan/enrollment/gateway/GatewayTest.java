package cn.baishan.enrollment.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway's own behaviour: token required, problem+json, request ids, CORS, anonymous rate limit. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "baishan.gateway.anonymous-per-second=3",
            "CATCHMENT_SERVICE_URL=http://127.0.0.1:1",
            "REGISTRATION_SERVICE_URL=http://127.0.0.1:1"
        })
@AutoConfigureWebTestClient
class GatewayTest {

    @Autowired
    WebTestClient http;

    @Test
    void anAnonymousCallToAProtectedPrefixIs401ProblemJson() {
        http.get()
                .uri("/api/registration/applications/123")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:baishan:problem:unauthenticated");
    }

    @Test
    void everyResponseCarriesARequestIdAndAWellFormedOneIsKept() {
        http.get()
                .uri("/actuator/health")
                .header("X-Request-Id", "trace-me-123")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Request-Id", "trace-me-123");
        http.get()
                .uri("/actuator/health")
                .header("X-Request-Id", "bad id with spaces and ; semicolons")
                .exchange()
                .expectHeader()
                .value("X-Request-Id", id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void corsAdmitsTheParentAppOriginOnly() {
        http.options()
                .uri("/api/registration/applications")
                .header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectHeader()
                .valueEquals("Access-Control-Allow-Origin", "http://localhost:8080");
        http.options()
                .uri("/api/registration/applications")
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void theAggregatedApiDocsAreServed() {
        http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        http.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("/docs/registration", "/docs/verification"));
    }

    @Test
    void anonymousCallersAreRateLimitedPerAddress() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(http.get()
                    .uri("/api/public/zones/lookup?address=x")
                    .exchange()
                    .returnResult(String.class)
                    .getStatus()
                    .value());
        }
        assertThat(statuses).contains(HttpStatus.TOO_MANY_REQUESTS.value());
    }
}
