package cn.baishan.enrollment.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.catchment.SeatWarningIssued;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.outbox.EventReader;
import cn.baishan.enrollment.testing.KafkaProbe;
import cn.baishan.enrollment.testing.TestPostgres;
import cn.baishan.enrollment.verification.HouseholdRegistryStub.Mode;
import cn.baishan.enrollment.verification.verifications.domain.HouseholdLookup;
import cn.baishan.enrollment.verification.verifications.usecase.port.HouseholdRegistryPort;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verification as a whole: ApplicationSubmitted in from a real (embedded) Kafka broker, the household
 * registry over real HTTP (a local stub we can break), PostgreSQL, and the verdict out through the
 * outbox.
 */
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@SpringBootTest(
        properties = {
            "baishan.partners.departments.household-registration.read-timeout=500ms",
            "baishan.verification.poll-interval=200ms",
            "baishan.verification.first-retry=1s",
            "baishan.verification.max-retry=2s",
            "resilience4j.retry.instances.household-registration.wait-duration=10ms",
            "resilience4j.circuitbreaker.instances.household-registration.wait-duration-in-open-state=1s"
        })
@EmbeddedKafka(
        partitions = 1,
        topics = {Topics.REGISTRATION_APPLICATIONS, Topics.VERIFICATION_VERIFICATIONS})
class VerificationServiceIntegrationTest {

    static final HouseholdRegistryStub REGISTRY = new HouseholdRegistryStub();
    static final String HUKOU = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("baishan.partners.departments.household-registration.base-url", REGISTRY::baseUrl);
        registry.add("baishan.catchment.base-url", REGISTRY::baseUrl);
        registry.add("baishan.partners.departments.real-estate.base-url", REGISTRY::baseUrl);
    }

    @AfterAll
    static void stopStub() {
        REGISTRY.close();
    }

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HouseholdRegistryPort householdRegistry;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    org.springframework.test.web.servlet.MockMvc http;

    @BeforeEach
    void healthyRegistry() {
        REGISTRY.mode.set(Mode.FOUND);
        circuitBreakers.circuitBreaker("household-registration").reset();
    }

    @Test
    void aSubmittedApplicationIsVerifiedOnceAndItsVerdictPublishedWithTheOriginalRequestId() throws Exception {
        ApplicationSubmitted event = submitted();
        publish(event);
        publish(event); // redelivery

        List<ConsumerRecord<String, String>> records = verdictEventsFor(event.applicationId(), 2);

        assertThat(records)
                .extracting(r -> header(r, EventHeaders.EVENT_TYPE))
                .containsExactly("VerificationStarted", "VerificationCompleted");
        assertThat(records.get(1).value())
                .contains(
                        "\"verdict\":\"VERIFIED\"",
                        "\"category\":\"HUKOU_AND_PROPERTY\"",
                        "\"zoneCode\":\"220602-P-01\"");
        // version 2: the facts the category was ranked from, and where catchment placed the home
        var completed = json.readValue(records.get(1).value(), VerificationCompleted.class);
        assertThat(completed.schemaVersion()).isEqualTo(2);
        assertThat(completed.facts()).containsExactly("HUKOU_IN_ZONE", "PROPERTY_IN_ZONE");
        assertThat(completed.homeLocation()).isEqualTo(new VerificationCompleted.Location(126.418475, 41.940175));
        // a consumer still on the version-1 shape reads the same record the tolerant way (EventReader)
        var v1 = new EventReader(json).read(records.get(1), VerificationCompletedV1.class);
        assertThat(v1.schemaVersion()).isEqualTo(2);
        assertThat(v1.verdict()).isEqualTo("VERIFIED");
        assertThat(v1.category()).isEqualTo("HUKOU_AND_PROPERTY");
        assertThat(v1.zoneSchoolCodes()).containsExactly("220602001");
        // and a version-1 record (no facts, no home location) still reads as the current shape
        String v1Record = records.get(1)
                .value()
                .replaceAll(",\"facts\":\\[[^\\]]*\\]", "")
                .replaceAll(",\"homeLocation\":\\{[^}]*\\}", "");
        var old = new EventReader(json)
                .read(
                        new ConsumerRecord<>(
                                Topics.VERIFICATION_VERIFICATIONS,
                                0,
                                0L,
                                records.get(1).key(),
                                v1Record),
                        VerificationCompleted.class);
        assertThat(v1Record).doesNotContain("facts", "homeLocation");
        assertThat(old.facts()).isEmpty();
        assertThat(old.homeLocation()).isNull();
        assertThat(old.category()).isEqualTo("HUKOU_AND_PROPERTY");
        assertThat(jdbc.sql("select home_lon || ',' || home_lat from verification where application_id = :id")
                        .param("id", event.applicationId())
                        .query(String.class)
                        .single())
                .as("kept, so a manual decision's later event carries it too")
                .isEqualTo("126.418475,41.940175");
        // the parent's request id travels on: through the listener and through the background worker
        assertThat(records)
                .extracting(r -> header(r, EventHeaders.REQUEST_ID))
                .containsOnly("req-" + event.applicationId());
        assertThat(jdbc.sql("select count(*) from verification where application_id = :id")
                        .param("id", event.applicationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSeatWarningAnnouncedBeforeTheFamilyMovedInFlagsTheChildForOverallArrangement() throws Exception {
        var warning = new SeatWarningIssued(
                UUID.randomUUID(),
                Instant.now(),
                SeatWarningIssued.VERSION,
                UUID.randomUUID(),
                "220602001",
                "220602",
                "PRIMARY",
                2027,
                "RED",
                java.time.LocalDate.of(2019, 1, 1));
        var record = new ProducerRecord<>(
                Topics.CATCHMENT_SEAT_WARNINGS, warning.aggregateId(), json.writeValueAsString(warning));
        record.headers().add(EventHeaders.EVENT_TYPE, SeatWarningIssued.TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from seat_warning_notice")
                                .query(Long.class)
                                .single()
                        == 1);

        ApplicationSubmitted event = submitted(); // the registry says: moved in 2019-06-01
        publish(event);

        var records = verdictEventsFor(event.applicationId(), 2);
        assertThat(records.get(1).value()).contains("\"verdict\":\"VERIFIED\"", "WARNING_PERIOD_ARRIVAL");
        jdbc.sql("delete from seat_warning_notice").update();
    }

    @Test
    void districtStaffDecideAPassportChildByHandAndOnlyTheirOwnDistrict() throws Exception {
        ApplicationSubmitted passport = new ApplicationSubmitted(
                UUID.randomUUID(),
                Instant.now(),
                ApplicationSubmitted.VERSION,
                UUID.randomUUID(),
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                new ApplicationSubmitted.Person("PASSPORT", "E12345678", "Anna Li", "CHILD"),
                List.of(new ApplicationSubmitted.Person("RESIDENT_ID", "220602198803120034", "张伟", "FATHER")),
                HUKOU,
                null);
        publish(passport);
        String verificationId = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.sql(
                                        "select id::text from verification where application_id = :a and status = 'MANUAL_REVIEW'")
                                .param("a", passport.applicationId())
                                .query(String.class)
                                .optional(),
                        java.util.Optional::isPresent)
                .orElseThrow();

        http.perform(get("/api/verification/reviews").with(staff("DISTRICT_ADMIN", "220602")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.verificationId == '" + verificationId + "')].childIdMasked")
                        .value("E1*****78"));
        String decision = "{\"approve\":true,\"category\":\"HUKOU_ONLY\",\"reason\":\"护照与户口簿原件核对一致\"}";
        http.perform(post("/api/verification/reviews/" + verificationId + "/decision")
                        .with(staff("DISTRICT_ADMIN", "220681"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision))
                .andExpect(status().isNotFound());
        http.perform(post("/api/verification/reviews/" + verificationId + "/decision")
                        .with(staff("PARENT", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision))
                .andExpect(status().isForbidden());
        http.perform(post("/api/verification/reviews/" + verificationId + "/decision")
                        .with(staff("DISTRICT_ADMIN", "220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("VERIFIED"))
                .andExpect(jsonPath("$.decidedBy").value("admin-220602"));

        var records = verdictEventsFor(passport.applicationId(), 2);
        assertThat(records.get(1).value()).contains("\"verdict\":\"VERIFIED\"", "MANUAL_REVIEW", "护照与户口簿原件核对一致");
        // decided by hand, no registry verified anything: no facts, no home position
        assertThat(json.readValue(records.get(1).value(), VerificationCompleted.class))
                .satisfies(e -> {
                    assertThat(e.facts()).isEmpty();
                    assertThat(e.homeLocation()).isNull();
                });
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor staff(String role, String district) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(j -> {
                    j.subject("admin-" + district)
                            .claim("preferred_username", "admin-" + district)
                            .claim("realm_access", Map.of("roles", List.of(role)));
                    if (district != null) {
                        j.claim("district", district);
                    }
                });
    }

    @Test
    void anOutageLeavesTheVerificationWaitingAndItCompletesWhenTheRegistryReturns() throws Exception {
        REGISTRY.mode.set(Mode.SERVER_ERROR);
        ApplicationSubmitted event = submitted();
        publish(event);

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.sql("select attempts from verification where application_id = :id and status = 'PENDING'")
                                        .param("id", event.applicationId())
                                        .query(Integer.class)
                                        .optional()
                                        .orElse(0)
                                >= 2);
        assertThat(jdbc.sql("select checks_json from verification where application_id = :id")
                        .param("id", event.applicationId())
                        .query(String.class)
                        .single())
                .contains("UNAVAILABLE");

        REGISTRY.mode.set(Mode.FOUND);
        circuitBreakers.circuitBreaker("household-registration").reset();

        List<ConsumerRecord<String, String>> records = verdictEventsFor(event.applicationId(), 2);
        assertThat(records.get(1).value()).contains("\"verdict\":\"VERIFIED\"");
    }

    @Test
    void aServerErrorAGarbageBodyAndASlowAnswerAreAllUnavailableNeverAVerdict() {
        for (Mode broken : List.of(Mode.SERVER_ERROR, Mode.GARBAGE, Mode.SLOW)) {
            circuitBreakers.circuitBreaker("household-registration").reset();
            REGISTRY.mode.set(broken);

            HouseholdLookup answer = householdRegistry.lookup("220602202103150020", UUID.randomUUID());

            assertThat(answer).as(broken.name()).isInstanceOf(HouseholdLookup.Unavailable.class);
        }
    }

    @Test
    void aDefiniteNoIsNotFoundAndANewerResponseShapeIsTolerated() {
        REGISTRY.mode.set(Mode.NOT_FOUND);
        assertThat(householdRegistry.lookup("220602202101010091", UUID.randomUUID()))
                .isInstanceOf(HouseholdLookup.NotFound.class);

        REGISTRY.mode.set(Mode.FOUND);
        assertThat(householdRegistry.lookup("220602202103150020", UUID.randomUUID()))
                .isInstanceOf(HouseholdLookup.Found.class);
    }

    @Test
    void theCircuitOpensOnRepeatedFailuresStopsCallingAndClosesWhenTheRegistryRecovers() {
        CircuitBreaker breaker = circuitBreakers.circuitBreaker("household-registration");
        REGISTRY.mode.set(Mode.SERVER_ERROR);
        for (int i = 0; i < 5; i++) {
            householdRegistry.lookup("220602202103150020", UUID.randomUUID());
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        int callsWhileOpen = REGISTRY.calls.get();
        assertThat(householdRegistry.lookup("220602202103150020", UUID.randomUUID()))
                .isInstanceOf(HouseholdLookup.Unavailable.class);
        assertThat(REGISTRY.calls.get()).isEqualTo(callsWhileOpen);

        REGISTRY.mode.set(Mode.FOUND);
        await().atMost(Duration.ofSeconds(5)).until(() -> breaker.getState() == CircuitBreaker.State.HALF_OPEN);
        householdRegistry.lookup("220602202103150020", UUID.randomUUID());
        householdRegistry.lookup("220602202103150020", UUID.randomUUID());
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private static ApplicationSubmitted submitted() {
        return new ApplicationSubmitted(
                UUID.randomUUID(),
                Instant.now(),
                ApplicationSubmitted.VERSION,
                UUID.randomUUID(),
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                new ApplicationSubmitted.Person("RESIDENT_ID", "220602202103150020", "张子涵", "CHILD"),
                List.of(new ApplicationSubmitted.Person("RESIDENT_ID", "220602198803120034", "张伟", "FATHER")),
                HUKOU,
                null);
    }

    private void publish(ApplicationSubmitted event) throws Exception {
        var record = new ProducerRecord<>(
                Topics.REGISTRATION_APPLICATIONS, event.aggregateId(), json.writeValueAsString(event));
        record.headers().add(EventHeaders.EVENT_TYPE, ApplicationSubmitted.TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(EventHeaders.REQUEST_ID, ("req-" + event.applicationId()).getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    /** {@code VerificationCompleted} as a version-1 consumer knows it: no facts, no home location. */
    record VerificationCompletedV1(
            UUID eventId,
            Instant occurredAt,
            int schemaVersion,
            UUID applicationId,
            UUID verificationId,
            String verdict,
            String category,
            List<VerificationCompleted.Check> checks,
            List<VerificationCompleted.SupplementItem> supplementItems,
            String zoneCode,
            List<String> zoneSchoolCodes,
            List<String> flags) {}

    private List<ConsumerRecord<String, String>> verdictEventsFor(UUID applicationId, int expected) {
        var records = KafkaProbe.recordsWithKey(
                broker.getBrokersAsString(),
                Topics.VERIFICATION_VERIFICATIONS,
                applicationId.toString(),
                expected,
                Duration.ofSeconds(30));
        assertThat(records).hasSize(expected);
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
