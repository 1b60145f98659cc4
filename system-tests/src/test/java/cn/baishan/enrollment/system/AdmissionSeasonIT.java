package cn.baishan.enrollment.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.baishan.enrollment.local.LocalStack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * One admission season of 浑江区 (220602) grade 7, 2027, end to end through the gateway with real Keycloak tokens,
 * the real broker and the simulated departments: the district admin imports the plans (one single-school zone
 * oversubscribed, a multi-school zone with fewer seats than children), a seat warning flags the late arrivals of
 * a third zone, the expert committee places a child with a disability, another child is promoted from its paired
 * primary school, one declares an older sibling. Then commit → close → draw → run (twice: identical) → publish;
 * the notices reach the parents with their explanations; an appeal is decided (an over-capacity move refused, a
 * move into a free seat accepted); the junior school confirms its enrollments (a child admitted elsewhere refused)
 * and assigns its sunshine classes; and the standalone re-run tool reproduces the published result byte for byte.
 *
 * <p>Runs first ({@code @Order}) so the season's application list holds exactly this class's children.
 */
@Order(Order.DEFAULT - 10)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdmissionSeasonIT {

    static final String DISTRICT = "220602";
    static final String SEASON = "/api/admission/seasons/220602/2027/JUNIOR";
    static final String PUBLIC_SEASON = "/api/public/admission/seasons/220602/2027/JUNIOR";
    static final String SINGLE_ZONE = "220602-J-03"; // 220602025 alone
    static final String SINGLE_SCHOOL = "220602025";
    static final String MULTI_ZONE = "220602-J-07"; // 220602029 and 220602031, parents rank them
    static final String WARNED_ZONE = "220602-J-08"; // 220602030, under a seat warning since 2000
    static final String WARNED_SCHOOL = "220602030";
    static final String OTHER_ZONE = "220602-J-09"; // 220602032: the disability and the direct-promotion child
    static final String PROMOTION_PRIMARY = "220602002"; // paired with the junior school 220602024
    static final String PROMOTION_JUNIOR = "220602024";
    /** Schools with seats to spare; an appeal moves the child into one it is not already at. */
    static final List<String> ROOMY_SCHOOLS = List.of("220602023", "220602026", "220602027");

    static final List<String> PARENTS = List.of("parent1", "parent2", "parent3");

    /** Seats per junior school of the district; 220602025 and the multi-school zone are deliberately short. */
    static final String PLANS =
            """
            schoolCode,enrollmentYear,stage,classes,classSizeCap,seats,reservedSeats
            220602023,2027,JUNIOR,1,50,10,1
            220602024,2027,JUNIOR,1,50,5,0
            220602025,2027,JUNIOR,1,50,3,0
            220602026,2027,JUNIOR,1,50,10,1
            220602027,2027,JUNIOR,1,50,10,1
            220602028,2027,JUNIOR,1,50,10,1
            220602029,2027,JUNIOR,1,50,2,0
            220602030,2027,JUNIOR,1,50,4,1
            220602031,2027,JUNIOR,1,50,2,0
            220602032,2027,JUNIOR,1,50,5,0
            """;

    static Api api;
    static Applications applications;
    static LocalStack stack;
    static String admin;

    static final String SEED = randomSeed();
    static final String COMMITMENT = sha256Hex(HexFormat.of().parseHex(SEED));

    /** Every child of the season: application id → who and what. */
    static final Map<String, Entrant> entrants = new LinkedHashMap<>();

    static String runId;
    static String resultDigest;

    record Entrant(Population.Child child, String parent, String zone, String role) {}

    @BeforeAll
    static void stack() {
        stack = Stack.get();
        api = new Api(stack.gatewayUrl(), stack.keycloakUrl());
        applications = new Applications(api);
        admin = api.token("hunjiang-admin");
    }

    @Test
    @Order(1)
    void theDistrictImportsItsPlansAndPublishesTheCommitmentBeforeTheListCloses() {
        Api.Response imported = api.post("/api/admission/plans", admin, "text/csv", PLANS);
        assertThat(imported.status()).as(imported.body()).isBetween(200, 201);

        Api.Response tooBig = api.post(
                "/api/admission/plans",
                admin,
                "text/csv",
                "schoolCode,enrollmentYear,stage,classes,classSizeCap,seats,reservedSeats\n"
                        + "220602023,2027,JUNIOR,1,56,56,0\n");
        assertThat(tooBig.status()).as("a class of 56 is forbidden").isEqualTo(400);
        assertThat(tooBig.body()).contains("classSizeCap");

        Api.Response committed = api.put(SEASON + "/commitment", admin, "{\"commitment\":\"" + COMMITMENT + "\"}");
        assertThat(committed.status()).as(committed.body()).isBetween(200, 201);
        JsonNode page = api.get(PUBLIC_SEASON, null).json();
        assertThat(page.toString()).contains(COMMITMENT).doesNotContain(SEED);
    }

    @Test
    @Order(2)
    void theFamiliesApplyAndAreVerified() {
        Api.Response warning = api.post(
                "/api/catchment/seat-warnings",
                admin,
                Map.of(),
                """
                {"schoolCode":"%s","enrollmentYear":2027,"stage":"JUNIOR","level":"RED","startDate":"2000-01-01",
                 "announcement":"浑江区第十中学2027年七年级学位红色预警公告：预警期内迁入户籍或登记房产者由区教育局统筹安排"}
                """
                        .formatted(WARNED_SCHOOL));
        assertThat(warning.status()).as(warning.body()).isEqualTo(201);
        pause(Duration.ofSeconds(5)); // verification keeps its copy of the warnings from the topic

        List<Population.Child> single = inZone(SINGLE_ZONE, 5);
        List<Population.Child> multi = inZone(MULTI_ZONE, 5);
        List<Population.Child> warned = inZone(WARNED_ZONE, 2);
        List<Population.Child> other = inZone(OTHER_ZONE, 2);
        assertThat(single).as("children of " + SINGLE_ZONE).hasSizeGreaterThanOrEqualTo(4);
        assertThat(multi).as("children of " + MULTI_ZONE).hasSizeGreaterThanOrEqualTo(4);
        assertThat(warned).as("children of " + WARNED_ZONE).hasSize(2);
        assertThat(other).as("children of " + OTHER_ZONE).hasSize(2);

        for (int i = 0; i < single.size(); i++) {
            boolean sibling = i == single.size() - 1;
            String claims = sibling
                    ? "{\"olderSibling\":{\"name\":\"" + single.get(i).name().charAt(0) + "一鸣\",\"schoolCode\":\""
                            + WARNED_SCHOOL + "\"}}"
                    : null;
            submit(single.get(i), SINGLE_ZONE, sibling ? "sibling" : "single", claims);
        }
        for (int i = 0; i < multi.size(); i++) {
            String preferences = i % 2 == 0 ? "[\"220602029\",\"220602031\"]" : "[\"220602031\",\"220602029\"]";
            submit(multi.get(i), MULTI_ZONE, "multi", "{\"schoolPreferences\":" + preferences + "}");
        }
        warned.forEach(child -> submit(child, WARNED_ZONE, "warned", null));
        submit(other.get(0), OTHER_ZONE, "disability", "{\"disability\":{\"expertAssessmentRequested\":true}}");
        submit(
                other.get(1),
                OTHER_ZONE,
                "promotion",
                "{\"directPromotionPrimarySchoolCode\":\"" + PROMOTION_PRIMARY + "\"}");

        for (String parent : PARENTS) {
            List<String> ids = entrants.entrySet().stream()
                    .filter(e -> e.getValue().parent().equals(parent))
                    .map(Map.Entry::getKey)
                    .toList();
            Map<String, JsonNode> verdicts = applications.awaitVerdicts(api.token(parent), ids, Duration.ofSeconds(90));
            verdicts.forEach((id, app) -> {
                assertThat(app.get("status").asString()).as(app.toString()).isEqualTo("VERIFIED");
                assertThat(app.get("zoneCode").asString())
                        .isEqualTo(entrants.get(id).zone());
                boolean flagged = app.get("flags").toString().contains("WARNING_PERIOD_ARRIVAL");
                assertThat(flagged)
                        .as("flagged: " + app)
                        .isEqualTo(entrants.get(id).role().equals("warned"));
            });
        }
    }

    @Test
    @Order(3)
    void theExpertCommitteesPlacementIsRecorded() {
        String disability = idOf("disability");
        String expert = api.token("expert1");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Api.Response placed = api.put(
                            "/api/admission/applications/" + disability + "/disability-placement",
                            expert,
                            """
                    {"placement":"REGULAR_CLASS","schoolCode":"220602032","decisionNote":"浑江区残疾儿童入学评估专家委员会：随班就读"}
                    """);
                    assertThat(placed.status()).as(placed.body()).isBetween(200, 204);
                });
        Api.Response refused = api.put(
                "/api/admission/applications/" + idOf("promotion") + "/disability-placement",
                expert,
                "{\"placement\":\"HOME_TEACHING\",\"decisionNote\":\"x\"}");
        assertThat(refused.status())
                .as("no disability was declared")
                .isGreaterThanOrEqualTo(400)
                .isLessThan(500);
    }

    @Test
    @Order(4)
    void theListClosesTheSeedIsRevealedAndTwoRunsAgree() {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(verifiedInAdmission())
                        .as("admission heard every verdict")
                        .isGreaterThanOrEqualTo(entrants.size()));

        Api.Response drawTooEarly = api.post(SEASON + "/draw", admin, Map.of(), "{\"seed\":\"" + SEED + "\"}");
        assertThat(drawTooEarly.status()).as("no draw before the list closes").isEqualTo(409);

        Api.Response closed = api.post(SEASON + "/closing", admin, Map.of(), "{}");
        assertThat(closed.status()).as(closed.body()).isBetween(200, 201);
        Api.Response lateCommitment =
                api.put(SEASON + "/commitment", admin, "{\"commitment\":\"" + sha256Hex(new byte[32]) + "\"}");
        assertThat(lateCommitment.status()).as("the commitment is fixed").isEqualTo(409);

        String wrongSeed = SEED.substring(0, 63) + (SEED.endsWith("0") ? "1" : "0");
        Api.Response wrong = api.post(SEASON + "/draw", admin, Map.of(), "{\"seed\":\"" + wrongSeed + "\"}");
        assertThat(wrong.status()).as("a seed not matching the commitment").isEqualTo(422);
        Api.Response drawn = api.post(SEASON + "/draw", admin, Map.of(), "{\"seed\":\"" + SEED + "\"}");
        assertThat(drawn.status()).as(drawn.body()).isBetween(200, 201);

        Api.Response first = api.post(SEASON + "/runs", admin, Map.of(), "{}");
        assertThat(first.status()).as(first.body()).isBetween(200, 201);
        Api.Response second = api.post(SEASON + "/runs", admin, Map.of(), "{}");
        assertThat(second.status()).as(second.body()).isBetween(200, 201);
        assertThat(first.json().get("status").asString()).as(first.body()).isEqualTo("CHECKED");
        assertThat(first.json().get("violations")).isEmpty();
        assertThat(second.json().get("resultDigest").asString())
                .as("same inputs, same seed: the same result")
                .isEqualTo(first.json().get("resultDigest").asString());
        assertThat(second.json().get("id").asString())
                .isNotEqualTo(first.json().get("id").asString());
        runId = first.json().get("id").asString();
        resultDigest = first.json().get("resultDigest").asString();
    }

    @Test
    @Order(5)
    void publicationSendsEveryFamilyItsNoticeWithAnExplanation() {
        Api.Response published =
                api.post(SEASON + "/runs/" + runId + "/publication", admin, Map.of(), "{\"appealDays\":7}");
        assertThat(published.status()).as(published.body()).isBetween(200, 201);

        JsonNode page = api.get(PUBLIC_SEASON, null).json();
        assertThat(page.toString()).contains(SEED).contains(COMMITMENT).contains(resultDigest);

        Map<String, JsonNode> notices = new LinkedHashMap<>();
        entrants.forEach((id, entrant) -> notices.put(id, awaitNotice(entrant.parent(), id)));

        // 220602025: three seats, tier then lottery
        List<JsonNode> singleZone = byRole(notices, "single", "sibling");
        List<JsonNode> admitted = singleZone.stream()
                .filter(n -> "IN_ZONE".equals(text(n, "route")) && SINGLE_SCHOOL.equals(text(n, "schoolCode")))
                .toList();
        assertThat(admitted).as("the single-school zone fills its three seats").hasSize(3);
        List<JsonNode> turnedAway =
                singleZone.stream().filter(n -> !admitted.contains(n)).toList();
        assertThat(turnedAway).isNotEmpty();
        long worstAdmitted =
                admitted.stream().mapToLong(AdmissionSeasonIT::priority).max().orElseThrow();
        turnedAway.forEach(n -> {
            assertThat(priority(n))
                    .as("turned away with a better priority: " + n)
                    .isGreaterThan(worstAdmitted);
            assertThat(text(n, "outcome")).isEqualTo("ADMITTED");
            assertThat(text(n, "route")).isIn("SIBLING", "OVERFLOW");
        });
        JsonNode sibling = byRole(notices, "sibling").get(0);
        if (!admitted.contains(sibling)) {
            assertThat(text(sibling, "route"))
                    .as("older sibling's school had a seat left")
                    .isEqualTo("SIBLING");
            assertThat(text(sibling, "schoolCode")).isEqualTo(WARNED_SCHOOL);
        }

        // the multi-school zone: two seats in each school, no justified envy
        List<JsonNode> multi = byRole(notices, "multi");
        assertThat(multi.stream().filter(n -> "IN_ZONE".equals(text(n, "route"))))
                .hasSize(4);
        assertThat(multi.stream().filter(n -> "OVERFLOW".equals(text(n, "route"))))
                .hasSize(multi.size() - 4);

        // the warning-period arrivals are placed by the district's overall arrangement
        byRole(notices, "warned").forEach(n -> {
            assertThat(text(n, "outcome")).isEqualTo("ADMITTED");
            assertThat(text(n, "route")).isEqualTo("OVERFLOW");
        });
        JsonNode disability = byRole(notices, "disability").get(0);
        assertThat(text(disability, "route")).isEqualTo("DISABILITY");
        assertThat(text(disability, "schoolCode")).isEqualTo("220602032");
        JsonNode promotion = byRole(notices, "promotion").get(0);
        assertThat(text(promotion, "route")).isEqualTo("DIRECT_PROMOTION");
        assertThat(text(promotion, "schoolCode")).isEqualTo(PROMOTION_JUNIOR);

        // every explanation names the tier, the lottery number and the schools considered, in Chinese
        notices.values().forEach(n -> {
            JsonNode explanation = n.get("explanation");
            assertThat(explanation.get("lotteryNumber").asString()).hasSize(16);
            assertThat(explanation.get("tierName").asString())
                    .as("the tier by its published name")
                    .containsPattern("\\p{IsHan}");
            assertThat(explanation.get("considered")).isNotEmpty();
            assertThat(explanation.get("reason").asString()).containsPattern("\\p{IsHan}");
        });

        String anyParent = entrants.values().iterator().next().parent();
        assertThat(api.get("/api/registration/notifications", api.token(anyParent))
                        .body())
                .contains("录取");

        // the public list of the single school: public ids and masked names, nothing else
        Api.Response list = api.get(PUBLIC_SEASON + "/schools/" + SINGLE_SCHOOL + "/admitted", null);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        admitted.forEach(n -> assertThat(list.body()).contains(text(n, "publicId")));
        entrants.values().forEach(e -> {
            assertThat(list.body()).doesNotContain(e.child().idNumber());
            assertThat(list.body()).doesNotContain(e.child().name());
        });
    }

    @Test
    @Order(6)
    void anAppealMovesAChildOnlyIntoAFreeSeat() {
        String appellant = entrants.entrySet().stream()
                .filter(e -> e.getValue().role().equals("multi"))
                .map(Map.Entry::getKey)
                .filter(id ->
                        "OVERFLOW".equals(text(awaitNotice(entrants.get(id).parent(), id), "route")))
                .findFirst()
                .orElseThrow();
        String parent = api.token(entrants.get(appellant).parent());
        String current = text(awaitNotice(entrants.get(appellant).parent(), appellant), "schoolCode");
        String target = ROOMY_SCHOOLS.stream()
                .filter(code -> !code.equals(current))
                .findFirst()
                .orElseThrow();
        String path = "/api/registration/applications/" + appellant + "/appeals";
        Api.Response filed = api.post(path, parent, Map.of(), "{\"statement\":\"孩子户籍在片区内，请求复核统筹结果\"}");
        assertThat(filed.status()).as(filed.body()).isBetween(200, 202);
        assertThat(api.post(path, parent, Map.of(), "{\"statement\":\"再次申诉\"}").status())
                .as("one appeal per notice")
                .isEqualTo(409);

        String appealId = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> appealOf(appellant), id -> id != null);
        Api.Response full = api.post(
                "/api/admission/appeals/" + appealId + "/decision",
                admin,
                Map.of(),
                "{\"outcome\":\"UPHELD\",\"reason\":\"调剂\",\"schoolCode\":\"" + SINGLE_SCHOOL + "\"}");
        assertThat(full.status()).as("220602025 is full: " + full.body()).isEqualTo(409);
        Api.Response moved = api.post(
                "/api/admission/appeals/" + appealId + "/decision",
                admin,
                Map.of(),
                "{\"outcome\":\"UPHELD\",\"reason\":\"经复核，调剂至有空余学位的浑江区学校\",\"schoolCode\":\"" + target + "\"}");
        assertThat(moved.status()).as(moved.body()).isBetween(200, 201);

        JsonNode after = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> api.get("/api/registration/applications/" + appellant + "/admission", parent)
                                .json(),
                        n -> target.equals(text(n, "schoolCode")));
        assertThat(text(after, "route")).isEqualTo("APPEAL");
        assertThat(after.get("appeal").get("status").asString()).isEqualTo("UPHELD");
    }

    @Test
    @Order(7)
    void theJuniorSchoolEnrollsItsChildrenAndAssignsSunshineClasses() {
        String school = api.token("school2");
        List<String> admittedHere = new ArrayList<>();
        entrants.forEach((id, e) -> {
            JsonNode notice = awaitNotice(e.parent(), id);
            if (SINGLE_SCHOOL.equals(text(notice, "schoolCode"))) {
                admittedHere.add(id);
            }
        });
        assertThat(admittedHere).hasSize(3);
        for (String id : admittedHere) {
            Api.Response enrolled =
                    api.post("/api/admission/enrollments", school, Map.of(), "{\"applicationId\":\"" + id + "\"}");
            assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        }
        Api.Response again = api.post(
                "/api/admission/enrollments", school, Map.of(), "{\"applicationId\":\"" + admittedHere.get(0) + "\"}");
        assertThat(again.status()).as("already enrolled").isEqualTo(409);
        Api.Response elsewhere = api.post(
                "/api/admission/enrollments", school, Map.of(), "{\"applicationId\":\"" + idOf("promotion") + "\"}");
        assertThat(elsewhere.status()).as("admitted by another school").isEqualTo(409);

        String classSeed = randomSeed();
        Api.Response assigned = api.post(
                "/api/admission/schools/" + SINGLE_SCHOOL + "/class-assignments",
                school,
                Map.of(),
                "{\"year\":2027,\"stage\":\"JUNIOR\",\"seed\":\"" + classSeed + "\"}");
        assertThat(assigned.status()).as(assigned.body()).isBetween(200, 201);
        Api.Response published =
                api.get("/api/public/admission/schools/" + SINGLE_SCHOOL + "/class-assignments/2027/JUNIOR", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).contains(classSeed);
        entrants.values().forEach(e -> assertThat(published.body())
                .doesNotContain(e.child().name()));
    }

    @Test
    @Order(8)
    void theStandaloneToolReproducesThePublishedResultByteForByte() throws Exception {
        Api.Response input = api.get(PUBLIC_SEASON + "/input", null);
        Api.Response result = api.get(PUBLIC_SEASON + "/result", null);
        assertThat(input.status()).as(input.body()).isEqualTo(200);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(sha256Hex(result.body().getBytes(StandardCharsets.UTF_8))).isEqualTo(resultDigest);
        for (Entrant e : entrants.values()) {
            assertThat(input.body())
                    .doesNotContain(e.child().idNumber())
                    .doesNotContain(e.child().name());
        }

        Path dir = Files.createTempDirectory("rerun");
        Path inputFile = Files.writeString(dir.resolve("input.txt"), input.body(), StandardCharsets.UTF_8);
        Path expected = Files.writeString(dir.resolve("result.txt"), result.body(), StandardCharsets.UTF_8);
        Path jar = stack.config()
                .root()
                .resolve("allocation-engine/target/allocation-engine-"
                        + cn.baishan.enrollment.local.Component.PROJECT_VERSION + ".jar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process tool = new ProcessBuilder(
                        java.toString(),
                        "-jar",
                        jar.toString(),
                        "rerun",
                        "--input",
                        inputFile.toString(),
                        "--seed",
                        SEED,
                        "--commitment",
                        COMMITMENT,
                        "--expect",
                        expected.toString())
                .redirectErrorStream(false)
                .start();
        byte[] out = tool.getInputStream().readAllBytes();
        String err = new String(tool.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tool.exitValue()).as(err).isZero();
        assertThat(out)
                .as("the tool's result, byte for byte")
                .isEqualTo(result.body().getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ helpers

    static void submit(Population.Child child, String zone, String role, String claims) {
        String parent = PARENTS.get(entrants.size() % PARENTS.size());
        String form = child.form();
        if (claims != null) {
            form = form.substring(0, form.lastIndexOf('}')) + ",\"claims\":" + claims + "}";
        }
        String id = applications.submit(api.token(parent), form);
        entrants.put(id, new Entrant(child, parent, zone, role));
    }

    /** Grade-7 children of 浑江区 whose registered home the public look-up puts in {@code zone}. */
    static List<Population.Child> inZone(String zone, int n) {
        return Population.take(
                n,
                child -> DISTRICT.equals(child.districtCode())
                        && "JUNIOR_GRADE_7".equals(child.stage())
                        && zone.equals(zoneOf(child.hukouAddress())));
    }

    /** The zone of an address, asked once per address (a 429 of the gateway's rate limit is waited out). */
    static String zoneOf(String address) {
        return ZONES.computeIfAbsent(address, a -> {
            String path =
                    "/api/public/zones/lookup?stage=JUNIOR&address=" + URLEncoder.encode(a, StandardCharsets.UTF_8);
            Api.Response response = api.get(path, null);
            for (int attempt = 1; attempt <= 10 && response.status() == 429; attempt++) {
                pause(Duration.ofMillis(500));
                response = api.get(path, null);
            }
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode result = response.json().get("results").get(0);
            return result.get("zones").size() == 1
                    ? result.get("zones").get(0).get("zoneCode").asString()
                    : "";
        });
    }

    static final Map<String, String> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    static String idOf(String role) {
        return entrants.entrySet().stream()
                .filter(e -> e.getValue().role().equals(role))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    static List<JsonNode> byRole(Map<String, JsonNode> notices, String... roles) {
        List<String> wanted = List.of(roles);
        return notices.entrySet().stream()
                .filter(e -> wanted.contains(entrants.get(e.getKey()).role()))
                .map(Map.Entry::getValue)
                .toList();
    }

    static int verifiedInAdmission() {
        Api.Response list =
                api.get("/api/admission/applicants?districtCode=220602&year=2027&stage=JUNIOR&status=VERIFIED", admin);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode body = list.json();
        JsonNode items = body.isArray() ? body : body.get("items");
        int found = 0;
        for (JsonNode item : items) {
            if (entrants.containsKey(item.get("applicationId").asString())) {
                found++;
            }
        }
        return found;
    }

    static JsonNode awaitNotice(String parent, String applicationId) {
        String token = api.token(parent);
        return await().atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> api.get("/api/registration/applications/" + applicationId + "/admission", token),
                        r -> r.status() == 200)
                .json();
    }

    static String appealOf(String applicationId) {
        JsonNode body =
                api.get("/api/admission/appeals?districtCode=220602", admin).json();
        JsonNode items = body.isArray() ? body : body.get("items");
        for (JsonNode appeal : items) {
            if (applicationId.equals(appeal.get("applicationId").asString())) {
                return appeal.get("id").asString();
            }
        }
        return null;
    }

    /** Tier then lottery rank as one comparable number (smaller = better). */
    static long priority(JsonNode notice) {
        JsonNode e = notice.get("explanation");
        return e.get("tierRank").asLong() * 1_000_000L + e.get("lotteryRank").asLong();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static String randomSeed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
