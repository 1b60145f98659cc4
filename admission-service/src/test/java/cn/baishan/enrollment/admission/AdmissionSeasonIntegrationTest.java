package cn.baishan.enrollment.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.admission.applicants.domain.Applicant;
import cn.baishan.enrollment.admission.applicants.usecase.ApplicantsQuery;
import cn.baishan.enrollment.admission.applicants.usecase.CollectSeasonInputUseCase;
import cn.baishan.enrollment.admission.applicants.usecase.CollectSeasonInputUseCase.SeasonInput;
import cn.baishan.enrollment.allocation.cli.Rerun;
import cn.baishan.enrollment.allocation.district.DistrictInput;
import cn.baishan.enrollment.allocation.lottery.Digests;
import cn.baishan.enrollment.allocation.lottery.Seed;
import cn.baishan.enrollment.events.Topics;
import cn.baishan.enrollment.events.registration.AppealFiled;
import cn.baishan.enrollment.outbox.EventHeaders;
import cn.baishan.enrollment.testing.KafkaProbe;
import cn.baishan.enrollment.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A season from commitment to sunshine classes, through HTTP with Keycloak-shaped tokens, PostgreSQL and a real
 * (embedded) Kafka broker: commit → close → draw → run (twice, same digest) → publish → one AdmissionNoticeIssued per
 * child on the topic → AppealFiled consumed → decision (a move re-checked) → AppealDecided → enrollment → classes.
 * The applicants half is replaced by fakes of its two in-ports, so the season sees exactly the input below.
 */
@SpringBootTest(properties = "baishan.catchment.base-url=http://127.0.0.1:9")
@AutoConfigureMockMvc
@EmbeddedKafka(
        partitions = 1,
        topics = {Topics.REGISTRATION_APPLICATIONS, Topics.VERIFICATION_VERIFICATIONS, Topics.ADMISSION_RESULTS})
class AdmissionSeasonIntegrationTest {

    static final String DISTRICT = "220602";
    static final String SEASON = "/api/admission/seasons/220602/2027/PRIMARY";
    static final String PUBLIC = "/api/public/admission/seasons/220602/2027/PRIMARY";
    static final String S1 = "220602001";
    static final String S2 = "220602002";
    static final String S3 = "220602003";
    static final Seed SEED = Seed.fromHex("5eed5eed00112233445566778899aabbccddeeff00112233445566778899aabb");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    /**
     * Fakes of the applicants half's in-ports, preferred over the real ones (which stay in the context for their own
     * endpoints): the season sees exactly the input and applicants below.
     */
    @TestConfiguration
    static class FakeApplicantsHalf {

        @Bean
        @Primary
        CollectSeasonInputUseCase fakeCollector() {
            return Mockito.mock(CollectSeasonInputUseCase.class);
        }

        @Bean
        @Primary
        ApplicantsQuery fakeApplicants() {
            return Mockito.mock(ApplicantsQuery.class);
        }
    }

    @Autowired
    CollectSeasonInputUseCase collector;

    @Autowired
    ApplicantsQuery applicantsQuery;

    @Autowired
    MockMvc http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    final Map<UUID, Applicant> applicants = new HashMap<>();
    final Applicant a = applicant("张子涵", "child-a", "F");
    final Applicant b = applicant("李明", "child-b", "M");
    final Applicant c = applicant("欧阳娜娜", "child-c", "F");

    @BeforeEach
    void fakeApplicantsHalf() {
        when(applicantsQuery.byApplicationId(any()))
                .thenAnswer(call -> Optional.ofNullable(applicants.get(call.<UUID>getArgument(0))));
        // S1 takes two; A and B are first tier, C second: C goes to the nearest school with a seat (S2, 1 of 2
        // reserved); S3 stays empty because nobody is left
        DistrictInput input = new DistrictInput(
                DISTRICT,
                "PRIMARY",
                2027,
                List.of("HUKOU_AND_PROPERTY", "HUKOU_ONLY", "OUTSIDE_ZONES"),
                List.of(
                        new DistrictInput.SchoolSeats(S1, 2, 0),
                        new DistrictInput.SchoolSeats(S2, 2, 1),
                        new DistrictInput.SchoolSeats(S3, 1, 0)),
                List.of(new DistrictInput.Zone("220602-P-01", DistrictInput.ZoneType.SINGLE, List.of(S1))),
                List.of(
                        child(a, 1, List.of(S1, S2, S3)),
                        child(b, 1, List.of(S1, S2, S3)),
                        child(c, 2, List.of(S2, S3, S1))));
        when(collector.collect(DISTRICT, 2027, "PRIMARY"))
                .thenReturn(new SeasonInput(
                        input,
                        List.of(a, b, c),
                        List.of(new CollectSeasonInputUseCase.Excluded("P2027-00000000000E", "PENDING", "尚未完成核验")),
                        List.of("户房一致", "有户无房", "片区外")));
    }

    @Test
    void aSeasonRunsFromCommitmentToSunshineClasses() throws Exception {
        // 1. commitment while the list is open; closing and drawing in the wrong order are refused
        http.perform(post(SEASON + "/closing").with(admin(DISTRICT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:commitment-missing"));
        http.perform(put(SEASON + "/commitment")
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commitment\":\"" + SEED.commitment().hex() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.season.commitment").value(SEED.commitment().hex()))
                .andExpect(jsonPath("$.timeline[0].step").value("COMMITMENT"))
                .andExpect(jsonPath("$.timeline[0].by").value("admin-220602"));
        http.perform(post(SEASON + "/draw")
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seed\":\"" + SEED.hex() + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:not-closed"));
        http.perform(post(SEASON + "/runs").with(admin(DISTRICT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:not-closed"));

        // 2. closing freezes the input: the public text is the canonical text, its digest the season's
        http.perform(post(SEASON + "/closing").with(admin(DISTRICT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excluded[0].publicId").value("P2027-00000000000E"));
        String inputText = http.perform(get(PUBLIC + "/input"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(inputText).startsWith("baishan-allocation-input\tv1").contains(a.publicId());
        JsonNode publicSeason =
                body(http.perform(get(PUBLIC)).andExpect(status().isOk()).andReturn());
        assertThat(publicSeason.get("inputDigest").asString()).isEqualTo(Digests.sha256Hex(inputText));
        assertThat(publicSeason.get("seed").isNull()).isTrue();
        http.perform(put(SEASON + "/commitment")
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commitment\":\"" + "e".repeat(64) + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:list-closed"));

        // 3. the draw: a seed that is not the committed one is refused, the committed one accepted
        http.perform(post(SEASON + "/draw")
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seed\":\"" + "0".repeat(64) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:seed-mismatch"));
        http.perform(post(SEASON + "/draw")
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seed\":\"" + SEED.hex() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.season.seed").value(SEED.hex()));

        // 4. two runs of the same season give the identical result; both are checked
        JsonNode run1 = body(http.perform(post(SEASON + "/runs").with(admin(DISTRICT)))
                .andExpect(status().isCreated())
                .andReturn());
        JsonNode run2 = body(http.perform(post(SEASON + "/runs").with(admin(DISTRICT)))
                .andExpect(status().isCreated())
                .andReturn());
        assertThat(run1.get("status").asString()).isEqualTo("CHECKED");
        assertThat(run2.get("number").asInt()).isEqualTo(2);
        assertThat(run2.get("resultDigest").asString())
                .isEqualTo(run1.get("resultDigest").asString())
                .hasSize(64);
        assertThat(run1.get("inputDigest").asString()).isEqualTo(Digests.sha256Hex(inputText));
        String runId = run1.get("id").asString();
        String runPath = SEASON + "/runs/" + runId;
        assertThatThrownBy(() -> jdbc.sql("update allocation_run set result_text = 'forged' where id = :id")
                        .param("id", UUID.fromString(runId))
                        .update())
                .hasMessageContaining("immutable");
        http.perform(get(runPath + "/explanations/" + c.applicationId()).with(admin(DISTRICT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explanation.publicId").value(c.publicId()))
                .andExpect(jsonPath("$.explanation.schoolCode").value(S2))
                .andExpect(jsonPath("$.explanation.route").value("OVERFLOW"))
                .andExpect(jsonPath("$.explanation.tierRank").value(2));
        http.perform(get(runPath).with(admin("220681"))).andExpect(status().isNotFound());

        // 5. publication: one notice per child through the outbox, the public record and masked lists
        http.perform(post(runPath + "/publication")
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"appealDays\":5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.season.publishedRunId").value(runId))
                .andExpect(jsonPath("$.season.resultDigest")
                        .value(run1.get("resultDigest").asString()));
        http.perform(post(SEASON + "/runs/" + run2.get("id").asString() + "/publication")
                        .with(admin(DISTRICT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:already-published"));
        for (Applicant child : List.of(a, b, c)) {
            var notices = records(child.applicationId(), 1);
            assertThat(header(notices.get(0), EventHeaders.EVENT_TYPE)).isEqualTo("AdmissionNoticeIssued");
            JsonNode notice = json.readTree(notices.get(0).value());
            assertThat(notice.get("runId").asString()).isEqualTo(runId);
            assertThat(notice.get("publicId").asString()).isEqualTo(child.publicId());
            assertThat(notice.get("outcome").asString()).isEqualTo("ADMITTED");
            assertThat(notice.get("explanation").get("reason").asString()).isNotBlank();
            assertThat(notice.get("appealDeadline").asString()).isNotBlank();
        }
        JsonNode cNotice = json.readTree(records(c.applicationId(), 1).get(0).value());
        assertThat(cNotice.get("schoolCode").asString()).isEqualTo(S2);
        assertThat(cNotice.get("route").asString()).isEqualTo("OVERFLOW");

        String resultText = http.perform(get(PUBLIC + "/result"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Digests.sha256Hex(resultText))
                .isEqualTo(run1.get("resultDigest").asString());
        // anyone can re-run the published run from the public page with the standalone tool, byte for byte
        Path dir = Files.createTempDirectory("rerun");
        Path inputFile = Files.writeString(dir.resolve("input.txt"), inputText, StandardCharsets.UTF_8);
        Path resultFile = Files.writeString(dir.resolve("result.txt"), resultText, StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        int exit = Rerun.run(
                new String[] {
                    "rerun",
                    "--input",
                    inputFile.toString(),
                    "--seed",
                    SEED.hex(),
                    "--commitment",
                    SEED.commitment().hex(),
                    "--expect",
                    resultFile.toString()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(Rerun.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(resultText);

        JsonNode admitted = body(http.perform(get(PUBLIC + "/schools/" + S1 + "/admitted"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(admitted).hasSize(2);
        for (JsonNode line : admitted) {
            assertThat(line.propertyNames()).containsExactlyInAnyOrder("publicId", "maskedName", "route");
            assertThat(line.get("route").asString()).isEqualTo("IN_ZONE");
        }
        assertThat(admitted.toString()).contains("张**", "李*").doesNotContain("张子涵", "child-a");

        // 6. C appeals (registration's AppealFiled); other event types on that topic are not appeals
        UUID appealId = UUID.randomUUID();
        send(Topics.REGISTRATION_APPLICATIONS, c.applicationId().toString(), "ApplicationSupplemented", "{\"x\":1}");
        // an appeal of an application without a published result opens no case
        AppealFiled stray = new AppealFiled(
                UUID.randomUUID(), Instant.now(), AppealFiled.VERSION, UUID.randomUUID(), UUID.randomUUID(), null, "?");
        send(Topics.REGISTRATION_APPLICATIONS, stray.aggregateId(), AppealFiled.TYPE, json.writeValueAsString(stray));
        AppealFiled filed = new AppealFiled(
                UUID.randomUUID(),
                Instant.now(),
                AppealFiled.VERSION,
                c.applicationId(),
                appealId,
                UUID.fromString(runId),
                "离家太远，申请调整");
        send(Topics.REGISTRATION_APPLICATIONS, filed.aggregateId(), AppealFiled.TYPE, json.writeValueAsString(filed));
        send(Topics.REGISTRATION_APPLICATIONS, filed.aggregateId(), AppealFiled.TYPE, json.writeValueAsString(filed));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from appeal")
                                .query(Integer.class)
                                .single()
                        == 1);
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = :id")
                        .param("id", stray.eventId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from appeal").query(Integer.class).single())
                .isEqualTo(1);
        http.perform(get("/api/admission/appeals?status=FILED").with(admin(DISTRICT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(appealId.toString()))
                .andExpect(jsonPath("$[0].publicId").value(c.publicId()));
        http.perform(get("/api/admission/appeals").with(admin("220681")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));

        // 7. a move to a full school is refused with the violation; a move to a free seat is made
        String decision = "/api/admission/appeals/" + appealId + "/decision";
        http.perform(post(decision)
                        .with(admin("220681"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"UPHELD\",\"reason\":\"r\",\"schoolCode\":\"" + S3 + "\"}"))
                .andExpect(status().isForbidden());
        http.perform(post(decision)
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"UPHELD\",\"reason\":\"r\",\"schoolCode\":\"220602999\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("UNKNOWN_SCHOOL"));
        http.perform(post(decision)
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"UPHELD\",\"reason\":\"r\",\"schoolCode\":\"" + S2 + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("UNCHANGED"));
        http.perform(post(decision)
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"UPHELD\",\"reason\":\"住址核实\",\"schoolCode\":\"" + S1 + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:appeal-move-refused"))
                .andExpect(jsonPath("$.errors[0].rule").value("OVER_CAPACITY"))
                .andExpect(jsonPath("$.errors[0].field").value(S1));
        http.perform(post(decision)
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"UPHELD\",\"reason\":\"住址核实，就近调整\",\"schoolCode\":\"" + S3 + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UPHELD"))
                .andExpect(jsonPath("$.decidedBy").value("admin-220602"));
        var cRecords = records(c.applicationId(), 3);
        assertThat(cRecords)
                .extracting(r -> header(r, EventHeaders.EVENT_TYPE))
                .containsExactlyInAnyOrder("AdmissionNoticeIssued", "AppealDecided", "AdmissionNoticeIssued");
        JsonNode moved = cRecords.stream()
                .map(r -> json.readTree(r.value()))
                .filter(n -> n.has("route") && "APPEAL".equals(n.get("route").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(moved.get("schoolCode").asString()).isEqualTo(S3);
        assertThat(moved.get("appealId").asString()).isEqualTo(appealId.toString());
        http.perform(post(decision)
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"DISMISSED\",\"reason\":\"again\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:appeal-already-decided"));
        http.perform(get(PUBLIC + "/schools/" + S3 + "/admitted"))
                .andExpect(jsonPath("$[0].publicId").value(c.publicId()))
                .andExpect(jsonPath("$[0].route").value("APPEAL"));

        // 8. enrollment: only the admitting school, once, city-wide
        enroll(S1, c)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:admitted-elsewhere"));
        enroll(S3, c)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.publicId").value(c.publicId()));
        enroll(S3, c)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:already-enrolled"));
        enroll(S1, a).andExpect(status().isCreated());
        enroll(S1, b).andExpect(status().isCreated());
        // once enrolled, an appeal can no longer move the child
        UUID aAppeal = UUID.randomUUID();
        AppealFiled aFiled = new AppealFiled(
                UUID.randomUUID(), Instant.now(), AppealFiled.VERSION, a.applicationId(), aAppeal, null, "想换学校");
        send(Topics.REGISTRATION_APPLICATIONS, aFiled.aggregateId(), AppealFiled.TYPE, json.writeValueAsString(aFiled));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from appeal")
                                .query(Integer.class)
                                .single()
                        == 2);
        http.perform(post("/api/admission/appeals/" + aAppeal + "/decision")
                        .with(admin(DISTRICT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"UPHELD\",\"reason\":\"r\",\"schoolCode\":\"" + S2 + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("ALREADY_ENROLLED"));
        http.perform(get("/api/admission/schools/" + S1 + "/enrollments").with(school(S1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        http.perform(get("/api/admission/schools/" + S1 + "/enrollments").with(school(S3)))
                .andExpect(status().isForbidden());

        // 9. sunshine classes: the plan's classes × cap must hold everyone; then stored and public, once
        String assignment = "/api/admission/schools/" + S1 + "/class-assignments";
        String classSeed = "{\"year\":2027,\"stage\":\"PRIMARY\",\"seed\":\"" + "ab".repeat(16) + "\"}";
        http.perform(post("/api/admission/schools/" + S2 + "/class-assignments")
                        .with(school(S2))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(classSeed))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:no-enrolled-students"));
        plan(S1, 1, 1, 1);
        http.perform(post(assignment)
                        .with(school(S1))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(classSeed))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:classes-exceeded"));
        jdbc.sql("delete from enrollment_plan where school_code = :s")
                .param("s", S1)
                .update();
        plan(S1, 2, 45, 2);
        http.perform(post(assignment)
                        .with(school(S3))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(classSeed))
                .andExpect(status().isForbidden());
        JsonNode roster = body(http.perform(post(assignment)
                        .with(school(S1))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(classSeed))
                .andExpect(status().isCreated())
                .andReturn());
        assertThat(roster.get("classes").asInt()).isEqualTo(2);
        assertThat(roster.get("classList").get(0).get("size").asInt()).isEqualTo(1);
        assertThat(roster.get("classList").get(1).get("size").asInt()).isEqualTo(1);
        JsonNode published =
                body(http.perform(get("/api/public/admission/schools/" + S1 + "/class-assignments/2027/PRIMARY"))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(published.get("digest").asString())
                .isEqualTo(roster.get("digest").asString());
        assertThat(published.get("seed").asString()).isEqualTo("ab".repeat(16));
        // one girl and one boy over two classes: one each, whichever class the shuffle gave whom
        var classList = published.get("classList");
        assertThat(classList.get(0).get("girls").asInt()
                        + classList.get(1).get("girls").asInt())
                .isEqualTo(1);
        assertThat(classList.get(0).get("girls").asInt()
                        + classList.get(0).get("boys").asInt())
                .isEqualTo(1);
        assertThat(published.toString()).contains(a.publicId(), b.publicId()).doesNotContain("张", "李");
        http.perform(post(assignment)
                        .with(school(S1))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(classSeed))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:already-assigned"));
    }

    @Test
    void aChildAdmittedByAnotherDistrictsPublishedRunBlocksPublicationCityWide() throws Exception {
        // the same child (same blind index) also on 220681's list, after 220602 published
        Applicant twin = new Applicant(
                UUID.randomUUID(),
                "P2027-0000000000D1",
                "220681",
                2027,
                "PRIMARY",
                "王*",
                "child-twin",
                "M",
                false,
                "VERIFIED");
        Applicant other = new Applicant(
                UUID.randomUUID(),
                "P2027-0000000000D2",
                "220681",
                2027,
                "PRIMARY",
                "赵*",
                "child-other",
                "F",
                false,
                "VERIFIED");
        String season = "/api/admission/seasons/220681/2027/PRIMARY";
        publishOneSchoolSeason("220602", 2027, "JUNIOR", twin.childKey(), "220602025");
        when(collector.collect("220681", 2027, "PRIMARY"))
                .thenReturn(new SeasonInput(
                        new DistrictInput(
                                "220681",
                                "PRIMARY",
                                2027,
                                List.of("HUKOU_ONLY", "OUTSIDE_ZONES"),
                                List.of(new DistrictInput.SchoolSeats("220681001", 5, 0)),
                                List.of(),
                                List.of(child(twin, 1, List.of("220681001")), child(other, 1, List.of("220681001")))),
                        List.of(twin, other),
                        List.of(),
                        List.of("有户无房", "片区外")));
        Seed seed = Seed.fromHex("1".repeat(64));
        http.perform(put(season + "/commitment")
                        .with(admin("220681"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commitment\":\"" + seed.commitment().hex() + "\"}"))
                .andExpect(status().isOk());
        http.perform(post(season + "/closing").with(admin("220681"))).andExpect(status().isOk());
        http.perform(post(season + "/draw")
                        .with(admin("220681"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seed\":\"" + seed.hex() + "\"}"))
                .andExpect(status().isOk());
        String runId = body(http.perform(post(season + "/runs").with(admin("220681")))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();

        http.perform(post(season + "/runs/" + runId + "/publication").with(admin("220681")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:admitted-elsewhere"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(twin.publicId()))
                .andExpect(jsonPath("$.errors[0].rule").value("ADMITTED_ELSEWHERE"));
        http.perform(get(season + "/runs/" + runId).with(admin("220681")))
                .andExpect(jsonPath("$.status").value("BLOCKED"))
                .andExpect(jsonPath("$.violations[0].rule").value("ADMITTED_ELSEWHERE"));
        http.perform(post(season + "/runs/" + runId + "/publication").with(admin("220681")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:run-blocked"));
        assertThat(jdbc.sql("select count(*) from admissions where district_code = '220681'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** A published season of one school and one child with this blind index. */
    private void publishOneSchoolSeason(String district, int year, String stage, String childKey, String school)
            throws Exception {
        UUID id = UUID.randomUUID();
        Applicant child = new Applicant(
                id,
                "J" + year + "-" + id.toString().substring(0, 12).toUpperCase(),
                district,
                year,
                stage,
                "王*",
                childKey,
                "M",
                false,
                "VERIFIED");
        when(collector.collect(district, year, stage))
                .thenReturn(new SeasonInput(
                        new DistrictInput(
                                district,
                                stage,
                                year,
                                List.of("HUKOU_ONLY", "OUTSIDE_ZONES"),
                                List.of(new DistrictInput.SchoolSeats(school, 3, 0)),
                                List.of(),
                                List.of(child(child, 1, List.of(school)))),
                        List.of(child),
                        List.of(),
                        List.of("有户无房", "片区外")));
        String season = "/api/admission/seasons/" + district + "/" + year + "/" + stage;
        Seed seed = Seed.fromHex("2".repeat(64));
        http.perform(put(season + "/commitment")
                        .with(admin(district))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commitment\":\"" + seed.commitment().hex() + "\"}"))
                .andExpect(status().isOk());
        http.perform(post(season + "/closing").with(admin(district))).andExpect(status().isOk());
        http.perform(post(season + "/draw")
                        .with(admin(district))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seed\":\"" + seed.hex() + "\"}"))
                .andExpect(status().isOk());
        String runId = body(http.perform(post(season + "/runs").with(admin(district)))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();
        http.perform(post(season + "/runs/" + runId + "/publication").with(admin(district)))
                .andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions enroll(String school, Applicant child) throws Exception {
        return http.perform(post("/api/admission/enrollments")
                .with(school(school))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"applicationId\":\"" + child.applicationId() + "\"}"));
    }

    private void plan(String school, int classes, int cap, int seats) {
        jdbc.sql(
                        """
                        insert into enrollment_plan (school_code, enrollment_year, stage, district_code, classes,
                            class_size_cap, seats, reserved_seats, updated_by, updated_at)
                        values (:school, 2027, 'PRIMARY', '220602', :classes, :cap, :seats, 0, 'test', :at)
                        """)
                .param("school", school)
                .param("classes", classes)
                .param("cap", cap)
                .param("seats", seats)
                .param("at", Timestamp.from(Instant.now()))
                .update();
    }

    private Applicant applicant(String name, String childKey, String sex) {
        UUID id = UUID.randomUUID();
        String publicId = "P2027-"
                + HexFormat.of()
                        .formatHex(Digests.sha256(id.toString().getBytes(StandardCharsets.UTF_8)))
                        .substring(0, 12)
                        .toUpperCase();
        String masked = name.charAt(0) + "*".repeat(name.length() - 1);
        Applicant applicant =
                new Applicant(id, publicId, DISTRICT, 2027, "PRIMARY", masked, childKey, sex, false, "VERIFIED");
        applicants.put(id, applicant);
        return applicant;
    }

    private static DistrictInput.Child child(Applicant a, int tier, List<String> nearby) {
        String zone = a.districtCode().equals(DISTRICT) && a.stage().equals("PRIMARY") ? "220602-P-01" : null;
        return new DistrictInput.Child(a.publicId(), tier, zone, List.of(), false, null, null, null, nearby);
    }

    private void send(String topic, String key, String type, String payload) throws Exception {
        var record = new ProducerRecord<>(topic, key, payload);
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }

    private List<ConsumerRecord<String, String>> records(UUID applicationId, int expected) {
        var records = KafkaProbe.recordsWithKey(
                broker.getBrokersAsString(),
                Topics.ADMISSION_RESULTS,
                applicationId.toString(),
                expected,
                Duration.ofSeconds(30));
        assertThat(records).hasSize(expected);
        return records;
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    static RequestPostProcessor admin(String district) {
        return staff("DISTRICT_ADMIN", "admin-" + district, district, null);
    }

    static RequestPostProcessor school(String schoolCode) {
        return staff("SCHOOL_STAFF", "staff-" + schoolCode, "220602", schoolCode);
    }

    static RequestPostProcessor staff(String role, String username, String district, String schoolCode) {
        return StaffTokens.staff(role, username, district, schoolCode);
    }
}
