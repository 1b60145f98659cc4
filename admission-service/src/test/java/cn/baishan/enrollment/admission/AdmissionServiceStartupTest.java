package cn.baishan.enrollment.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The service starts on its own schema, reports health and metrics, and guards its API. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1)
class AdmissionServiceStartupTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    MockMvc http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void flywayOwnsTheServiceSchema() {
        assertThat(jdbc.sql(
                                "select count(*) from information_schema.tables where table_schema = 'admission' and table_name = 'outbox_event'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void healthAndPrometheusAreOpen() throws Exception {
        http.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        http.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    @Test
    void theApiNeedsAToken() throws Exception {
        http.perform(get("/api/admission/anything")).andExpect(status().isUnauthorized());
        http.perform(get("/api/admission/anything").with(jwt())).andExpect(status().isNotFound());
    }
}
