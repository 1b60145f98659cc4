package cn.baishan.enrollment.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.admission.applicants.usecase.ApplicantsQuery;
import cn.baishan.enrollment.allocation.lottery.Seed;
import cn.baishan.enrollment.events.IntegrationEvent;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.testing.KafkaProbe;
import cn.baishan.enrollment.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The season over the real applicants half: plans imported over HTTP, applications and verdicts in from Kafka,
 * catchment and verification as a local HTTP stub; then closing collects the real input, publication names the
 * schools from catchment, and enrollment and classes read the real applicants (blind index, sex from the ID).
 */
@SpringBootTest(
        properties = {
            "resilience4j.retry.instances.catchment.wait-duration=10ms",
            "resilience4j.retry.instances.verification.wait-duration=10ms"
        })
@AutoConfigureMockMvc
@EmbeddedKafka(
        partitions = 1,
        topics = {Topics.REGISTRATION_APPLICATIONS, Topics.VERIFICATION_VERIFICATIONS, Topics.ADMISSION_RESULTS})
class AdmissionSeasonWithInputsIntegrationTest {

    static final InputsStub STUB = new InputsStub();
    static final String SEASON = "/api/admission/seasons/220602/2027/PRIMARY";
    static final Seed SEED = Seed.fromHex("c0ffee".repeat(10) + "c0ff");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("baishan.catchment.base-url", STUB::baseUrl);
        registry.add("baishan.verification.base-url", STUB::baseUrl);
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicantsQuery applicants;

    @Test
    void twoVerifiedChildrenAreAllocatedNotifiedEnrolledAndPutInClasses() throws Exception {
        // one seat at the single-school zone's school: the first tier gets it, the other goes to the nearest seat
        http.perform(
                        post("/api/admission/plans")
                                .with(staff("CITY_ADMIN", "city-admin", null, null))
                                .contentType("text/csv")
                                .content(
                                        """
                                schoolCode,enrollmentYear,stage,classes,classSizeCap,seats,reservedSeats
                                220602001,2027,PRIMARY,1,45,1,0
                                220602002,2027,PRIMARY,4,45,180,0
                                220600001,2027,PRIMARY,9,45,405,0
                                """))
                .andExpect(status().isOk());
        UUID zhang = UUID.randomUUID();
        UUID li = UUID.randomUUID();
        apply(zhang, residentId("22060220210315002"), "张子涵", "HUKOU_AND_PROPERTY");
        apply(li, residentId("22060220210601001"), "李明", "HUKOU_ONLY");
        for (UUID id : List.of(zhang, li)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> applicants
                                    .byApplicationId(id)
                                    .map(a -> a.status())
                                    .orElse(""),
                            "VERIFIED"::equals);
        }
        String zhangPublicId = applicants.byApplicationId(zhang).orElseThrow().publicId();

        RequestPostProcessor admin = staff("DISTRICT_ADMIN", "admin-220602", "220602", null);
        http.perform(put(SEASON + "/commitment")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commitment\":\"" + SEED.commitment().hex() + "\"}"))
                .andExpect(status().isOk());
        http.perform(post(SEASON + "/closing").with(admin)).andExpect(status().isOk());
        String input = http.perform(get("/api/public/admission/seasons/220602/2027/PRIMARY/input"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(input).contains(zhangPublicId).doesNotContain("张", "220602202103150020");
        http.perform(post(SEASON + "/draw")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seed\":\"" + SEED.hex() + "\"}"))
                .andExpect(status().isOk());
        JsonNode run = json.readTree(http.perform(post(SEASON + "/runs").with(admin))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CHECKED"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        http.perform(post(SEASON + "/runs/" + run.get("id").asString() + "/publication")
                        .with(admin))
                .andExpect(status().isOk());

        JsonNode zhangNotice = notice(zhang);
        assertThat(zhangNotice.get("schoolCode").asString()).isEqualTo("220602001");
        assertThat(zhangNotice.get("schoolName").asString()).isEqualTo("浑江区第一小学");
        assertThat(zhangNotice.get("route").asString()).isEqualTo("IN_ZONE");
        assertThat(zhangNotice.get("explanation").get("tierRank").asInt()).isEqualTo(2);
        JsonNode liNotice = notice(li);
        assertThat(liNotice.get("schoolCode").asString()).isEqualTo("220602002");
        assertThat(liNotice.get("schoolName").asString()).isEqualTo("浑江区第二小学");
        assertThat(liNotice.get("route").asString()).isEqualTo("OVERFLOW");
        http.perform(get("/api/public/admission/seasons/220602/2027/PRIMARY/schools/220602001/admitted"))
                .andExpect(jsonPath("$[0].publicId").value(zhangPublicId))
                .andExpect(jsonPath("$[0].maskedName").value("张**"));

        RequestPostProcessor school = staff("SCHOOL_STAFF", "staff-220602001", "220602", "220602001");
        http.perform(post("/api/admission/enrollments")
                        .with(staff("SCHOOL_STAFF", "staff-220602001", "220602", "220602001"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationId\":\"" + li + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:admitted-elsewhere"));
        http.perform(post("/api/admission/enrollments")
                        .with(school)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationId\":\"" + zhang + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sex").value("F"));
        http.perform(post("/api/admission/schools/220602001/class-assignments")
                        .with(school)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2027,\"stage\":\"PRIMARY\",\"seed\":\"" + "5a".repeat(16) + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.classes").value(1))
                .andExpect(jsonPath("$.cap").value(45))
                .andExpect(jsonPath("$.classList[0].publicIds[0]").value(zhangPublicId))
                .andExpect(jsonPath("$.classList[0].girls").value(1));
    }

    private void apply(UUID applicationId, String childId, String name, String category) throws Exception {
        publish(
                Topics.REGISTRATION_APPLICATIONS,
                new ApplicationSubmitted(
                        UUID.randomUUID(),
                        Instant.now(),
                        ApplicationSubmitted.VERSION,
                        applicationId,
                        "220602",
                        2027,
                        "PRIMARY_GRADE_1",
                        new ApplicationSubmitted.Person("RESIDENT_ID", childId, name, "CHILD"),
                        List.of(new ApplicationSubmitted.Person("RESIDENT_ID", "220602198803120034", "张伟", "FATHER")),
                        "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号",
                        new ApplicationSubmitted.Claims(null, null, false, false, null, null, null, null, List.of())),
                ApplicationSubmitted.TYPE);
        // the verdict after the submission is stored: a verdict racing its submission can stay in the early
        // table (reported to the applicants half), which is not what this test is about
        await().atMost(Duration.ofSeconds(30))
                .until(() -> applicants.byApplicationId(applicationId).isPresent());
        publish(
                Topics.VERIFICATION_VERIFICATIONS,
                new VerificationCompleted(
                        UUID.randomUUID(),
                        Instant.now(),
                        VerificationCompleted.VERSION,
                        applicationId,
                        UUID.randomUUID(),
                        VerificationCompleted.VERIFIED,
                        category,
                        List.of(),
                        List.of(),
                        "220602-P-01",
                        List.of("220602001"),
                        List.of(),
                        category.equals("HUKOU_ONLY")
                                ? List.of("HUKOU_IN_ZONE")
                                : List.of("HUKOU_IN_ZONE", "PROPERTY_IN_ZONE"),
                        new VerificationCompleted.Location(126.449, 41.950)),
                VerificationCompleted.TYPE);
    }

    private void publish(String topic, IntegrationEvent event, String type) throws Exception {
        var record = new ProducerRecord<>(topic, event.aggregateId(), json.writeValueAsString(event));
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    private JsonNode notice(UUID applicationId) {
        var records = KafkaProbe.recordsWithKey(
                broker.getBrokersAsString(),
                Topics.ADMISSION_RESULTS,
                applicationId.toString(),
                1,
                Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        return json.readTree(records.get(0).value());
    }

    /** A resident ID number with its GB 11643 check digit. */
    static String residentId(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static RequestPostProcessor staff(String role, String username, String district, String school) {
        return StaffTokens.staff(role, username, district, school);
    }
}
