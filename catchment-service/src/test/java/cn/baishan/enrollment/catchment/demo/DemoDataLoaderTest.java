package cn.baishan.enrollment.catchment.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped Baishan demo dataset passes every import rule and lands as the local stack will see it:
 * the demo families' addresses resolve to their zone schools.
 */
@SpringBootTest(properties = "baishan.catchment.demo-data=../deploy/demo-data/baishan")
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = Topics.REGISTRATION_APPLICATIONS)
class DemoDataLoaderTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Test
    void theWholeCityIsLoadedAndPublished() {
        assertThat(jdbc.sql("select count(*) from school").query(Long.class).single())
                .isEqualTo(95);
        assertThat(jdbc.sql("select count(*) from zone_plan where status = 'PUBLISHED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(14);
        assertThat(jdbc.sql("select count(*) from zone").query(Long.class).single())
                .isEqualTo(90);
        assertThat(jdbc.sql("select count(*) from census").query(Long.class).single())
                .isEqualTo(180);
    }

    @Test
    void submittedApplicationsAreCountedInTheirZoneOnceEach() throws Exception {
        var event = new ApplicationSubmitted(
                UUID.randomUUID(),
                Instant.now(),
                ApplicationSubmitted.VERSION,
                UUID.randomUUID(),
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                new ApplicationSubmitted.Person("RESIDENT_ID", "220602202103150020", "张子涵", "CHILD"),
                List.of(),
                "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号",
                null);
        for (int i = 0; i < 2; i++) { // a redelivery must not count twice
            var record = new ProducerRecord<>(
                    Topics.REGISTRATION_APPLICATIONS, event.aggregateId(), json.writeValueAsString(event));
            record.headers().add(EventHeaders.EVENT_TYPE, ApplicationSubmitted.TYPE.getBytes(StandardCharsets.UTF_8));
            kafka.send(record).get();
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from processed_event")
                                .query(Long.class)
                                .single()
                        >= 1);
        Thread.sleep(1000);
        assertThat(jdbc.sql("select zone_code || ':' || count(*) from zone_application group by zone_code")
                        .query(String.class)
                        .list())
                .containsExactly("220602-P-01:1");
    }

    @Test
    void theDemoFamiliesAddressesResolveToTheirSchools() throws Exception {
        http.perform(get("/api/public/zones/lookup")
                        .param("address", "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号")
                        .param("stage", "PRIMARY"))
                .andExpect(jsonPath("$.results[0].outcome").value("MATCHED"))
                .andExpect(jsonPath("$.results[0].zones[0].zoneCode").value("220602-P-01"))
                .andExpect(jsonPath("$.results[0].zones[0].schools[0].code").value("220602001"))
                .andExpect(jsonPath("$.results[0].location.lon").value(126.418475))
                .andExpect(jsonPath("$.results[0].location.lat").value(41.940175));
        http.perform(get("/api/public/zones/lookup")
                        .param("address", "吉林省白山市临江市建国街道新市社区鸭绿江小区12栋3单元501号")
                        .param("stage", "JUNIOR"))
                .andExpect(jsonPath("$.results[0].zones[0].zoneCode").value("220681-J-02"));
        http.perform(get("/api/public/schools/220602001/zones"))
                .andExpect(jsonPath("$.features[0].properties.zoneCode").value("220602-P-01"))
                .andExpect(jsonPath("$.features[0].properties.addressRules").isNotEmpty());
        http.perform(get("/api/public/zones/new-compounds").param("builtSince", "2025"))
                .andExpect(jsonPath("$.length()").value(90))
                .andExpect(jsonPath("$[*].schools[0].code").isNotEmpty());
        http.perform(get("/api/public/schools/220602001/page").param("enrollmentYear", "2027"))
                .andExpect(jsonPath("$.school.hotline").exists())
                .andExpect(jsonPath("$.zones.features[0].properties.zoneCode").value("220602-P-01"))
                .andExpect(jsonPath("$.guide.timeline.length()").value(7))
                .andExpect(jsonPath("$.guide.conditions").isNotEmpty())
                .andExpect(jsonPath("$.promotionPairs[0].primarySchoolCode").value("220602001"));
        http.perform(get("/api/public/promotion-pairs").param("districtCode", "220681"))
                .andExpect(jsonPath("$[0].juniorSchoolName").exists())
                .andExpect(jsonPath("$[0].note").exists());
        http.perform(get("/api/public/zones/lookup").param("lon", "126.416").param("lat", "41.943"))
                .andExpect(jsonPath("$.results[0].outcome").value("MATCHED"))
                .andExpect(jsonPath("$.results[1].outcome").value("MATCHED"));
    }
}
