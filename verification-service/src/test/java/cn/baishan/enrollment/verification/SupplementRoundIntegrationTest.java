package cn.baishan.enrollment.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.events.IntegrationEvent;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.registration.ApplicationSupplemented;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.testing.KafkaProbe;
import cn.baishan.enrollment.testing.TestPostgres;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one supplement round over real Kafka, PostgreSQL and HTTP: a declared home the registry does not
 * confirm comes back on the supplement list; the corrected home is verified by asking the real-estate
 * registry again — and only it: the household registry's earlier answer is compared anew.
 */
@SpringBootTest(
        properties = {
            "baishan.verification.poll-interval=200ms",
            "baishan.verification.first-retry=1s",
            "baishan.verification.max-retry=2s"
        })
@EmbeddedKafka(
        partitions = 1,
        topics = {Topics.REGISTRATION_APPLICATIONS, Topics.VERIFICATION_VERIFICATIONS})
class SupplementRoundIntegrationTest {

    static final String HOME = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";
    static final String WRONG_HOME = "吉林省白山市浑江区红旗街道东兴社区春城小区9栋2单元101号";
    static final AtomicInteger HOUSEHOLD_CALLS = new AtomicInteger();
    static final AtomicInteger REAL_ESTATE_CALLS = new AtomicInteger();
    static final HttpServer DEPARTMENTS = departments();

    static HttpServer departments() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            answer(
                    server,
                    "/household-registration/v1/person-queries",
                    HOUSEHOLD_CALLS,
                    """
                    {"requestId":"r","found":true,"person":{"idNumber":"220602202103150020","name":"张子涵","sex":"F","birthDate":"2021-03-15"},
                     "household":{"householdNumber":"220602000001","addressText":"%s","districtCode":"220602","moveInDate":"2019-06-01","relationToHead":"女"}}
                    """
                            .formatted(HOME));
            answer(
                    server,
                    "/real-estate/v1/ownership-queries",
                    REAL_ESTATE_CALLS,
                    """
                    {"requestId":"r","properties":[{"propertyId":"BDC-220602-000001","certificateNumber":"吉(2019)白山市不动产权第0000001号",
                      "addressText":"%s","districtCode":"220602","usage":"RESIDENTIAL",
                      "registrationDate":"2019-05-20","owners":[{"idNumber":"220602198803120034","name":"张伟","share":"100%%"}]}]}
                    """
                            .formatted(HOME));
            answer(
                    server,
                    "/api/public/zones/lookup",
                    new AtomicInteger(),
                    """
                    {"results":[{"stage":"PRIMARY","outcome":"MATCHED","explanation":"按片区地址规则匹配",
                      "zones":[{"zoneCode":"220602-P-01","schools":[{"code":"220602001","name":"浑江区第一小学"}]}]}]}
                    """);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void answer(HttpServer server, String path, AtomicInteger calls, String body) {
        server.createContext(path, exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + DEPARTMENTS.getAddress().getPort();
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("baishan.partners.departments.household-registration.base-url", () -> url);
        registry.add("baishan.partners.departments.real-estate.base-url", () -> url);
        registry.add("baishan.catchment.base-url", () -> url);
    }

    @AfterAll
    static void stop() {
        DEPARTMENTS.stop(0);
    }

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    JsonMapper json;

    static ApplicationSubmitted.Claims declaringHome(String address) {
        return new ApplicationSubmitted.Claims(
                null,
                new ApplicationSubmitted.PropertyClaim(address, null),
                false,
                false,
                null,
                null,
                null,
                null,
                List.of());
    }

    @Test
    void aCorrectedHomeIsVerifiedByAskingOnlyTheRealEstateRegistryAgain() throws Exception {
        UUID application = UUID.randomUUID();
        var child = new ApplicationSubmitted.Person("RESIDENT_ID", "220602202103150020", "张子涵", "CHILD");
        var father = new ApplicationSubmitted.Person("RESIDENT_ID", "220602198803120034", "张伟", "FATHER");
        publish(
                new ApplicationSubmitted(
                        UUID.randomUUID(),
                        Instant.now(),
                        ApplicationSubmitted.VERSION,
                        application,
                        "220602",
                        2027,
                        "PRIMARY_GRADE_1",
                        child,
                        List.of(father),
                        HOME,
                        declaringHome(WRONG_HOME)),
                ApplicationSubmitted.TYPE);

        List<ConsumerRecord<String, String>> first = events(application, 2);
        assertThat(first.get(1).value())
                .contains(
                        "\"verdict\":\"NEEDS_SUPPLEMENT\"", "PROPERTY_NOT_CONFIRMED", "\"field\":\"claims.property\"");
        int householdCallsBefore = HOUSEHOLD_CALLS.get();
        int realEstateCallsBefore = REAL_ESTATE_CALLS.get();

        var supplement = new ApplicationSupplemented(
                UUID.randomUUID(),
                Instant.now(),
                ApplicationSupplemented.VERSION,
                application,
                1,
                List.of("claims.property"),
                child,
                List.of(father),
                HOME,
                declaringHome(HOME));
        publish(supplement, ApplicationSupplemented.TYPE);
        publish(supplement, ApplicationSupplemented.TYPE); // redelivery

        List<ConsumerRecord<String, String>> all = events(application, 4);
        assertThat(all)
                .extracting(r -> new String(
                        r.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
                .containsExactly(
                        "VerificationStarted",
                        "VerificationCompleted",
                        "VerificationReopened",
                        "VerificationCompleted");
        assertThat(all.get(2).value()).contains("\"trigger\":\"SUPPLEMENT\"");
        assertThat(all.get(3).value()).contains("\"verdict\":\"VERIFIED\"", "\"category\":\"HUKOU_AND_PROPERTY\"");
        assertThat(HOUSEHOLD_CALLS.get()).as("hukou unchanged: not asked again").isEqualTo(householdCallsBefore);
        assertThat(REAL_ESTATE_CALLS.get())
                .as("the home changed: asked again once")
                .isEqualTo(realEstateCallsBefore + 1);
    }

    private void publish(IntegrationEvent event, String type) throws Exception {
        var record = new ProducerRecord<>(
                Topics.REGISTRATION_APPLICATIONS, event.aggregateId(), json.writeValueAsString(event));
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    private List<ConsumerRecord<String, String>> events(UUID applicationId, int expected) {
        var records = KafkaProbe.recordsWithKey(
                broker.getBrokersAsString(),
                Topics.VERIFICATION_VERIFICATIONS,
                applicationId.toString(),
                expected,
                Duration.ofSeconds(30));
        assertThat(records).hasSize(expected);
        return records;
    }
}
