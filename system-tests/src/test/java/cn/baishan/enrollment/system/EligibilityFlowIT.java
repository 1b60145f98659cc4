package cn.baishan.enrollment.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.baishan.enrollment.local.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "One thing, done once" end to end, through the gateway with real Keycloak tokens, a real broker and the
 * simulated departments: one application per admission category, one mismatch answered by ONE consolidated
 * supplement list and a successful supplement, a preferential-policy group confirmed by district staff, a
 * department's change notice reopening a verdict, and the audit trail the family, the partner and the
 * inspector each see. The families are the simulator's (deploy/partner-simulator population); their ID
 * numbers are kept from {@link Population#take} so no other class submits for them.
 */
class EligibilityFlowIT {

    static final Duration VERDICT = Duration.ofSeconds(60);

    static Api api;
    static Applications applications;

    @BeforeAll
    static void stack() {
        LocalStack stack = Stack.get();
        api = new Api(stack.gatewayUrl(), stack.keycloakUrl());
        applications = new Applications(api);
    }

    static String form(
            String district,
            String stage,
            String childName,
            String childId,
            String guardianName,
            String relation,
            String guardianId,
            String hukou,
            String claims) {
        return """
                {"districtCode":"%s","enrollmentYear":2027,"stage":"%s",
                 "child":{"name":"%s","idType":"RESIDENT_ID","idNumber":"%s"},
                 "guardians":[{"name":"%s","relation":"%s","idType":"RESIDENT_ID","idNumber":"%s","phone":"13900000000"}],
                 "hukouAddress":"%s"%s}
                """
                .formatted(
                        district,
                        stage,
                        childName,
                        childId,
                        guardianName,
                        relation,
                        guardianId,
                        hukou,
                        claims == null ? "" : ",\"claims\":" + claims);
    }

    JsonNode awaitApplication(String token, String id, Predicate<JsonNode> condition) {
        return await().atMost(VERDICT)
                .pollInterval(Duration.ofMillis(700))
                .until(() -> applications.own(token).get(id), app -> app != null && condition.test(app));
    }

    static Predicate<JsonNode> status(String expected) {
        return app -> expected.equals(app.get("status").asString());
    }

    @Test
    void aHukouInAZoneWithoutAHomeIsHukouOnly() {
        String parent = api.token("parent3");
        String id = applications.submit(
                parent,
                form(
                        "220605",
                        "PRIMARY_GRADE_1",
                        "黄梓睿",
                        Population.HUKOU_ONLY_CHILD,
                        "黄海涛",
                        "FATHER",
                        "220605199406073370",
                        "吉林省白山市江源区江源街道正阳社区正阳小区4栋1单元201号",
                        null));

        JsonNode app = awaitApplication(parent, id, status("VERIFIED"));

        assertThat(app.get("category").asString()).isEqualTo("HUKOU_ONLY");
        assertThat(app.get("zoneCode").asString()).isEqualTo("220605-P-05");
    }

    @Test
    void aHomeInAZoneWithTheHukouInAnotherProvinceIsPropertyOnlyInTheHomesZone() {
        String parent = api.token("parent3");
        String id = applications.submit(
                parent,
                form(
                        "220602",
                        "JUNIOR_GRADE_7",
                        "王梓涵",
                        Population.PROPERTY_ONLY_CHILD,
                        "王磊",
                        "FATHER",
                        "210602198910052119",
                        "辽宁省丹东市元宝区七道街道七道社区8栋3单元402号",
                        "{\"property\":{\"address\":\"吉林省白山市浑江区新建街道新建社区新建小区14栋4单元202号\"}}"));

        JsonNode app = awaitApplication(parent, id, status("VERIFIED"));

        assertThat(app.get("category").asString()).isEqualTo("PROPERTY_ONLY");
        assertThat(app.get("zoneCode").asString()).isEqualTo("220602-J-03");
    }

    @Test
    void aMismatchGetsOneConsolidatedListAndOneSupplementRoundVerifiesTheCorrectedApplication() {
        String parent = api.token("parent1");
        String registered = "吉林省白山市浑江区新建街道新建社区阳光新城8栋4单元301号";
        String id = applications.submit(
                parent,
                form(
                        "220602",
                        "PRIMARY_GRADE_1",
                        "郑承泽",
                        Population.SUPPLEMENT_CHILD,
                        "刘春梅",
                        "MOTHER",
                        "220602199704260503",
                        "吉林省白山市浑江区新建街道新建社区阳光新城9栋4单元301号",
                        "{\"property\":{\"address\":\"吉林省白山市浑江区新建街道新建社区阳光新城18栋4单元301号\"}}"));

        JsonNode asked = awaitApplication(parent, id, status("NEEDS_SUPPLEMENT"));
        List<String> codes = new ArrayList<>();
        asked.get("supplementItems").forEach(item -> codes.add(item.get("code").asString()));
        assertThat(codes)
                .as("every problem at once (一次性告知)")
                .containsExactlyInAnyOrder("HUKOU_ADDRESS_MISMATCH", "PROPERTY_NOT_CONFIRMED");
        assertThat(asked.get("supplementItems").toString()).contains("阳光新城8栋");

        Api.Response supplemented = api.post(
                Applications.PATH + "/" + id + "/supplement",
                parent,
                Map.of(),
                """
                {"hukouAddress":"%s","claims":{"property":{"address":"%s"}}}
                """
                        .formatted(registered, registered));
        assertThat(supplemented.status()).as(supplemented.body()).isBetween(200, 202);

        JsonNode verified = awaitApplication(parent, id, status("VERIFIED"));
        assertThat(verified.get("category").asString()).isEqualTo("HUKOU_AND_PROPERTY");
        assertThat(verified.get("supplementItems")).isEmpty();
        assertThat(Applications.timeline(verified))
                .containsSubsequence("SUBMITTED", "NEEDS_SUPPLEMENT", "SUPPLEMENTED", "VERIFIED");

        Api.Response again = api.post(
                Applications.PATH + "/" + id + "/supplement",
                parent,
                Map.of(),
                "{\"hukouAddress\":\"" + registered + "\"}");
        assertThat(again.status()).as("only one round, and only when asked").isEqualTo(409);
    }

    @Test
    void aDeclaredPreferentialGroupIsConfirmedByDistrictStaffAndPutsTheChildInTheFirstTier() {
        String parent = api.token("parent1");
        String id = applications.submit(
                parent,
                form(
                        "220602",
                        "PRIMARY_GRADE_1",
                        "赵梓睿",
                        Population.PREFERENTIAL_CHILD,
                        "关淑艳",
                        "MOTHER",
                        "220602199202017685",
                        "吉林省白山市浑江区通沟街道通沟社区通沟小区18栋2单元601号",
                        "{\"preferentialGroup\":{\"group\":\"ACTIVE_MILITARY\",\"basisDocument\":\"白山市退役军人事务局〔2027〕5号\"}}"));

        String admin = api.token("hunjiang-admin");
        JsonNode item = await().atMost(VERDICT)
                .pollInterval(Duration.ofMillis(700))
                .until(() -> reviewItemFor(admin, id), found -> found != null);
        assertThat(item.get("reason").asString()).isEqualTo("PREFERENTIAL_GROUP");
        assertThat(applications.view(parent, id).get("status").asString())
                .as("no verdict before staff checked the certificate")
                .isEqualTo("VERIFYING");
        assertThat(api.get("/api/verification/reviews", api.token("linjiang-admin"))
                        .body())
                .as("another district's staff do not see it")
                .doesNotContain(id);

        Api.Response decided = api.post(
                "/api/verification/reviews/" + item.get("verificationId").asString() + "/decision",
                admin,
                Map.of(),
                "{\"approve\":true,\"reason\":\"现役军人证明与公布的政策依据一致\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        JsonNode verified = awaitApplication(parent, id, status("VERIFIED"));
        assertThat(verified.get("category").asString()).isEqualTo("PREFERENTIAL_GROUP");
    }

    @Test
    void aHukouMoveNoticeFromPublicSecurityReopensTheVerdictAndANewVerdictFollows() {
        String parent = api.token("parent2");
        String child = Population.CHANGE_NOTICE_CHILD;
        String id = applications.submit(
                parent,
                form(
                        "220602",
                        "PRIMARY_GRADE_1",
                        "李泽宇",
                        child,
                        "李晓丽",
                        "MOTHER",
                        "220602199308266989",
                        "吉林省白山市浑江区红旗街道红旗社区锦绣花园7栋4单元702号",
                        null));
        awaitApplication(parent, id, status("VERIFIED"));

        String notice =
                """
                {"noticeId":"%s","kind":"HUKOU_MOVED_OUT","idNumber":"%s","effectiveDate":"2027-05-20","detail":"迁出至外省"}
                """
                        .formatted("psb-" + UUID.randomUUID(), child);
        Api.Response wrongDepartment =
                api.post("/api/partner/change-notices", api.clientToken("partner-nr"), Map.of(), notice);
        assertThat(wrongDepartment.status())
                .as("a hukou notice is public security's")
                .isEqualTo(403);
        Api.Response accepted =
                api.post("/api/partner/change-notices", api.clientToken("partner-psb"), Map.of(), notice);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

        JsonNode again = awaitApplication(
                parent,
                id,
                app -> "VERIFIED".equals(app.get("status").asString())
                        && Applications.timeline(app).stream()
                                        .filter("VERIFIED"::equals)
                                        .count()
                                == 2);
        assertThat(Applications.timeline(again)).containsSubsequence("VERIFIED", "VERIFYING", "VERIFIED");
    }

    @Test
    void theFamilyThePartnerAndTheInspectorEachSeeTheirShareOfTheAuditTrail() {
        String parent = api.token("parent2");
        String id = applications.submit(
                parent,
                form(
                        "220602",
                        "PRIMARY_GRADE_1",
                        "董梓轩",
                        Population.AUDIT_CHILD,
                        "董春雷",
                        "FATHER",
                        "22060219870611189X",
                        "吉林省白山市浑江区东兴街道光明社区光明小区5栋2单元702号",
                        null));
        awaitApplication(parent, id, status("VERIFIED"));

        // the family: which departments were asked, when, what they said — masked
        JsonNode queries = await().atMost(VERDICT)
                .pollInterval(Duration.ofMillis(700))
                .until(
                        () -> api.get(Applications.PATH + "/" + id + "/queries", parent)
                                .json(),
                        q -> q.isArray() && q.size() >= 2);
        List<String> departments = new ArrayList<>();
        queries.forEach(q -> departments.add(q.get("department").asString()));
        assertThat(departments).contains("HOUSEHOLD_REGISTRATION", "REAL_ESTATE");
        assertThat(queries.toString()).doesNotContain(Population.AUDIT_CHILD);
        assertThat(api.get(Applications.PATH + "/" + id + "/queries", api.token("parent1"))
                        .status())
                .isEqualTo(404);

        // the family disputes one answer; district staff see the dispute with the evidence
        String queryId = queries.get(0).get("queryId").asString();
        Api.Response dispute = api.post(
                Applications.PATH + "/" + id + "/disputes",
                parent,
                Map.of(),
                "{\"queryId\":\"%s\",\"statement\":\"户籍迁入日期登记有误，应为2018年\"}".formatted(queryId));
        assertThat(dispute.status()).as(dispute.body()).isEqualTo(201);
        String admin = api.token("hunjiang-admin");
        await().atMost(VERDICT)
                .pollInterval(Duration.ofMillis(700))
                .until(() -> api.get("/api/verification/disputes", admin).body(), body -> body.contains(id));

        // the partner: only what its own department was asked
        JsonNode partnerView =
                api.get("/api/partner/audit", api.clientToken("partner-nr")).json();
        List<String> partnerDepartments = new ArrayList<>();
        partnerView
                .get("entries")
                .forEach(e -> partnerDepartments.add(e.get("department").asString()));
        assertThat(partnerDepartments).isNotEmpty().containsOnly("REAL_ESTATE");

        // the inspector: every query of the application, and a chain that verifies
        String inspector = api.token("inspector1");
        JsonNode audit = api.get("/api/verification/audit?applicationId=" + id, inspector)
                .json();
        assertThat(audit.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(audit.toString()).doesNotContain(Population.AUDIT_CHILD);
        JsonNode integrity =
                api.get("/api/verification/audit/integrity", inspector).json();
        assertThat(integrity.get("intact").asBoolean()).as(integrity.toString()).isTrue();
        assertThat(api.get("/api/verification/audit/integrity", parent).status())
                .isEqualTo(403);
    }

    @Test
    void aDepartmentThatAnswersByCallbackCompletesTheVerificationWithoutBeingAskedTwice() {
        Simulator simulator = new Simulator(Stack.get().simulatorUrl());
        String parent = api.token("parent3");
        Population.Child child = Population.take(1).get(0);
        simulator.answerAsynchronously(Simulator.HOUSEHOLD_REGISTRATION, 3000);
        String id;
        try {
            id = applications.submit(parent, child.form());
            JsonNode waiting = applications.view(parent, id);
            assertThat(waiting.get("status").asString()).isIn("SUBMITTED", "VERIFYING");
            awaitApplication(
                    parent,
                    id,
                    app -> Applications.VERDICTS.contains(app.get("status").asString()));
        } finally {
            simulator.answerAtOnce(Simulator.HOUSEHOLD_REGISTRATION);
        }

        // the ticketed query and its posted-back answer are one audited query, answered
        JsonNode audit = api.get(
                        "/api/verification/audit?applicationId=" + id + "&department=HOUSEHOLD_REGISTRATION",
                        api.token("inspector1"))
                .json();
        assertThat(audit.get("total").asLong()).as(audit.toString()).isEqualTo(1);
        assertThat(audit.get("entries").get(0).get("outcome").asString()).isEqualTo("ANSWERED");
    }

    @Test
    void everyParentFacingEndpointAnswersAnotherFamilysIdsWithNotFound() {
        String owner = api.token("parent3");
        String stranger = api.token("parent1");
        Population.Child child = Population.take(1).get(0);
        String id = applications.submit(owner, child.form());
        awaitApplication(
                owner,
                id,
                app -> Applications.VERDICTS.contains(app.get("status").asString()));
        String path = Applications.PATH + "/" + id;

        assertThat(api.get(path, stranger).status()).isEqualTo(404);
        assertThat(api.get(path + "/queries", stranger).status()).isEqualTo(404);
        assertThat(api.get(path + "/disputes", stranger).status()).isEqualTo(404);
        assertThat(api.post(
                                path + "/disputes",
                                stranger,
                                Map.of(),
                                "{\"queryId\":\"" + UUID.randomUUID() + "\",\"statement\":\"这不是我家的记录\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(path + "/supplement", stranger, Map.of(), "{\"hukouAddress\":\"吉林省白山市浑江区\"}")
                        .status())
                .isEqualTo(404);
        assertThat(applications.own(stranger)).doesNotContainKey(id);

        // the owner's inbox and family are the owner's alone
        JsonNode inbox = api.get("/api/registration/notifications", owner).json();
        String notification = inbox.get("items").get(0).get("id").asString();
        assertThat(api.post("/api/registration/notifications/" + notification + "/read", stranger, Map.of(), "")
                        .status())
                .isEqualTo(404);
        JsonNode family = api.get("/api/registration/family", owner).json();
        String childId = family.get("children").get(0).get("id").asString();
        assertThat(api.get("/api/registration/family", stranger).body()).doesNotContain(childId);
        Api.Response borrowed = api.post(
                Applications.PATH,
                stranger,
                Map.of("Idempotency-Key", "bola-" + UUID.randomUUID()),
                """
                {"districtCode":"%s","enrollmentYear":2027,"stage":"%s","childId":"%s",
                 "guardians":[{"name":"张伟","relation":"FATHER","idType":"RESIDENT_ID","idNumber":"220602198803120034"}],
                 "hukouAddress":"%s"}
                """
                        .formatted(child.districtCode(), child.stage(), childId, child.hukouAddress()));
        assertThat(borrowed.status()).as(borrowed.body()).isEqualTo(404);
    }

    @Test
    void aDistrictsTierOrderIsPublic() {
        Api.Response published = api.get("/api/public/tier-rules/220602", null);

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        List<String> categories = new ArrayList<>();
        published
                .json()
                .get("tiers")
                .forEach(t -> categories.add(t.get("category").asString()));
        assertThat(categories)
                .containsExactly(
                        "PREFERENTIAL_GROUP",
                        "HUKOU_AND_PROPERTY",
                        "PROPERTY_ONLY",
                        "HUKOU_ONLY",
                        "MIGRANT_PERMIT_INSURANCE");
        // each preferential-policy group is published with its legal basis and scope
        published.json().get("preferentialGroups").forEach(g -> {
            assertThat(g.get("basisDocument").asString()).as(g.toString()).isNotBlank();
            assertThat(g.get("scope").asString()).as(g.toString()).isNotBlank();
        });
        assertThat(published.json().get("preferentialGroups").toString()).contains("MARTYR_CHILD");
    }

    private JsonNode reviewItemFor(String token, String applicationId) {
        for (JsonNode item : api.get("/api/verification/reviews", token).json()) {
            if (applicationId.equals(item.get("applicationId").asString())) {
                return item;
            }
        }
        return null;
    }
}
