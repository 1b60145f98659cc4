package cn.baishan.enrollment.catchment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.baishan.enrollment.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * A district's season of zoning through the HTTP API: schools imported from a Chinese-header CSV, a
 * plan drafted from GeoJSON + address rules, evaluated, heard, approved, published ahead of its
 * effective date, then looked up publicly by address and by position on dates before and after.
 */
@SpringBootTest(properties = "baishan.zoning.default-notice-period=30d")
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatchmentServiceIntegrationTest {

    static final String SCHOOLS =
            """
            学校代码(code),学校名称(name),区县代码(districtCode),学段(stages),办学性质(ownership),经度(lon),纬度(lat),年招生班数(classesPerYear),年招生学位(seatsPerYear),地址(address),咨询电话(hotline)
            220602001,浑江区第一小学,220602,PRIMARY,PUBLIC,126.405,41.935,6,270,浑江区红旗街道,0439-3223190
            220602002,浑江区第二小学,220602,PRIMARY,PUBLIC,126.415,41.935,4,180,浑江区新建街道,0439-3223191
            220602901,白山育才学校,220602,PRIMARY,PRIVATE,126.43,41.94,2,90,浑江区,0439-3223199
            """;

    static final String ZONES =
            """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"zoneCode":"220602-P-01","name":"一小学区","districtCode":"220602","stage":"PRIMARY","type":"SINGLE","schoolCodes":["220602001"]},
              "geometry":{"type":"Polygon","coordinates":[[[126.40,41.93],[126.41,41.93],[126.41,41.94],[126.40,41.94],[126.40,41.93]]]}},
             {"type":"Feature","properties":{"zoneCode":"220602-P-02","name":"二小学区","districtCode":"220602","stage":"PRIMARY","type":"SINGLE","schoolCodes":["220602002"]},
              "geometry":{"type":"Polygon","coordinates":[[[126.41,41.93],[126.42,41.93],[126.42,41.94],[126.41,41.94],[126.41,41.93]]]}}
            ]}
            """;

    static final String RULES =
            """
            zoneCode,street,community,compound,road,numberFrom,numberTo,parity,builtYear,lon,lat
            220602-P-01,红旗街道,东兴社区,春城小区,,,,,,126.4051,41.9352
            220602-P-02,新建街道,浑江社区,江城小区,,,,,2026,,
            220602-P-02,,,,浑江大街,1,199,ODD,,126.4153,41.9311
            """;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::freshDatabase);
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    MockMvc http;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor districtAdmin(String district) {
        return jwt().jwt(j -> j.subject("admin-" + district)
                .claim("preferred_username", "admin-" + district)
                .claim("district", district)
                .claim("realm_access", Map.of("roles", List.of("DISTRICT_ADMIN"))));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    @Order(1)
    void aSheetWithBadRowsIsRefusedWholeListingEveryRow() throws Exception {
        String bad =
                SCHOOLS.replace("126.415,41.935,4,180", "126.415,41.935,4,999").replace("0439-3223199", "电话");

        http.perform(post("/api/catchment/schools/import")
                        .with(districtAdmin("220602"))
                        .contentType("text/csv")
                        .content(bad.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:import-rejected"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("rows[2].seatsPerYear"))
                .andExpect(jsonPath("$.errors[1].field").value("rows[3].hotline"));
        assertThat(jdbc.sql("select count(*) from school").query(Long.class).single())
                .isZero();
    }

    @Test
    @Order(2)
    void aDistrictImportsItsSchoolsButNotAnotherDistricts() throws Exception {
        http.perform(post("/api/catchment/schools/import")
                        .with(districtAdmin("220681"))
                        .contentType("text/csv")
                        .content(SCHOOLS.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("own-district"));

        http.perform(post("/api/catchment/schools/import")
                        .with(districtAdmin("220602"))
                        .contentType("text/csv")
                        .content(SCHOOLS.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3));

        http.perform(get("/api/public/schools/220602001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hotline").value("0439-3223190"))
                .andExpect(jsonPath("$.intakes[0].seats").value(270));
    }

    @Test
    @Order(3)
    void anInvalidZoneFileIsRefusedWithEveryProblem() throws Exception {
        String bowTieAndPrivate = ZONES.replace(
                        "[[[126.40,41.93],[126.41,41.93],[126.41,41.94],[126.40,41.94],[126.40,41.93]]]",
                        "[[[126.40,41.93],[126.41,41.94],[126.41,41.93],[126.40,41.94],[126.40,41.93]]]")
                .replace("[\"220602002\"]", "[\"220602901\"]");

        http.perform(importPlan(bowTieAndPrivate, RULES))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].rule", org.hamcrest.Matchers.hasItems("valid-polygon", "public-school")));
        assertThat(jdbc.sql("select count(*) from zone_plan").query(Long.class).single())
                .isZero();
    }

    @Test
    @Order(4)
    void aPlanIsDraftedEvaluatedHeardApprovedAndPublishedAheadOfItsEffectiveDate() throws Exception {
        var draft = json.readTree(http.perform(importPlan(ZONES, RULES))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.zones.features.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String id = draft.get("id").asString();

        step(id, "evaluation", "{\"evaluation\":\"适龄儿童 420 人，学位 450 个\"}").andExpect(status().isOk());
        step(id, "hearing", "{\"date\":\"" + today() + "\",\"record\":\"听证会记录：同意\"}")
                .andExpect(status().isOk());
        step(id, "approval", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        step(id, "publication", "{\"effectiveFrom\":\"" + today().plusDays(10) + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:notice-period"));
        step(id, "publication", "{\"effectiveFrom\":\"" + today().plusDays(30) + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        http.perform(get("/api/catchment/zone-plans/" + id).with(districtAdmin("220602")))
                .andExpect(jsonPath("$.hearingRecord").value("听证会记录：同意"));
    }

    @Test
    @Order(5)
    void theParentsAddressResolvesToItsSchoolFromTheEffectiveDateOn() throws Exception {
        String address = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";
        LocalDate effective = today().plusDays(30);

        http.perform(get("/api/public/zones/lookup")
                        .param("address", address)
                        .param("stage", "PRIMARY")
                        .param("date", effective.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].outcome").value("MATCHED"))
                .andExpect(jsonPath("$.results[0].zones[0].zoneCode").value("220602-P-01"))
                .andExpect(jsonPath("$.results[0].zones[0].schools[0].name").value("浑江区第一小学"))
                .andExpect(jsonPath("$.results[0].location.lon").value(126.4051))
                .andExpect(jsonPath("$.results[0].location.lat").value(41.9352));
        http.perform(get("/api/public/zones/lookup")
                        .param("address", address)
                        .param("stage", "PRIMARY")
                        .param("date", effective.minusDays(1).toString()))
                .andExpect(jsonPath("$.results[0].outcome").value("UNMATCHED"))
                .andExpect(jsonPath("$.results[0].location").doesNotExist());
        http.perform(get("/api/public/zones/lookup")
                        .param("address", "浑江区新建街道浑江社区江城小区2栋")
                        .param("stage", "PRIMARY")
                        .param("date", effective.toString()))
                .andExpect(jsonPath("$.results[0].outcome").value("MATCHED"))
                .andExpect(jsonPath("$.results[0].zones[0].zoneCode").value("220602-P-02"))
                // its rule has no coordinates, so the match has no position
                .andExpect(jsonPath("$.results[0].location").doesNotExist());
        http.perform(get("/api/public/zones/lookup")
                        .param("lon", "126.415")
                        .param("lat", "41.935")
                        .param("stage", "PRIMARY")
                        .param("date", effective.toString()))
                .andExpect(jsonPath("$.results[0].zones[0].schools[0].code").value("220602002"))
                .andExpect(jsonPath("$.results[0].location.lon").value(126.415))
                .andExpect(jsonPath("$.results[0].location.lat").value(41.935));
        http.perform(get("/api/public/zones").param("stage", "PRIMARY").param("date", effective.toString()))
                .andExpect(jsonPath("$.features.length()").value(2))
                .andExpect(jsonPath("$.features[1].properties.addressRules[0].builtYear")
                        .value(2026));
    }

    @Test
    @Order(6)
    void aLookupNeedsAnAddressOrAPosition() throws Exception {
        http.perform(get("/api/public/zones/lookup"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("address-or-coordinates"));
    }

    @Test
    @Order(7)
    void anotherDistrictCannotTouchThePlan() throws Exception {
        String id =
                jdbc.sql("select id::text from zone_plan").query(String.class).single();

        step(id, "evaluation", "{\"evaluation\":\"x\"}", districtAdmin("220681"))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(8)
    void theCensusShowsWhichSchoolIsShortOfSeatsAndAWarningIsAnnouncedAndLifted() throws Exception {
        String census =
                """
                片区代码(zoneCode),招生年度(enrollmentYear),学段(stage),适龄儿童数(children)
                220602-P-01,2027,PRIMARY,330
                220602-P-02,2027,PRIMARY,120
                """;
        http.perform(post("/api/catchment/census/import")
                        .with(districtAdmin("220602"))
                        .contentType("text/csv")
                        .content(census.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2));

        http.perform(get("/api/catchment/seat-assessments")
                        .with(districtAdmin("220602"))
                        .param("districtCode", "220602")
                        .param("stage", "PRIMARY")
                        .param("enrollmentYear", "2027"))
                .andExpect(jsonPath("$[0].schoolCode").value("220602001"))
                .andExpect(jsonPath("$[0].demand").value(330))
                .andExpect(jsonPath("$[0].level").value("RED"))
                .andExpect(jsonPath("$[1].level").value("NONE"));

        var issued = json.readTree(http.perform(
                        post("/api/catchment/seat-warnings")
                                .with(districtAdmin("220602"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"schoolCode":"220602001","enrollmentYear":2027,"stage":"PRIMARY","level":"RED",
                                 "startDate":"2027-01-01","announcement":"浑江区第一小学2027年学位红色预警公告"}
                                """))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String id = issued.get("id").asString();

        http.perform(get("/api/public/warnings"))
                .andExpect(jsonPath("$[0].schoolCode").value("220602001"))
                .andExpect(jsonPath("$[0].startDate").value("2027-01-01"))
                .andExpect(jsonPath("$[0].liftedOn").doesNotExist());
        http.perform(post("/api/catchment/seat-warnings/" + id + "/lifting")
                        .with(districtAdmin("220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"liftedOn\":\"2026-12-01\",\"announcement\":\"解除\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("lift-date"));
        http.perform(post("/api/catchment/seat-warnings/" + id + "/lifting")
                        .with(districtAdmin("220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"liftedOn\":\"2027-09-01\",\"announcement\":\"学位预警解除公告\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.liftedOn").value("2027-09-01"));
        assertThat(jdbc.sql("select count(*) from outbox_event where topic = 'catchment.seat-warnings.v1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    @Order(9)
    void aDistrictPublishesItsEnrollmentGuideAndNoOtherDistricts() throws Exception {
        String guide =
                """
                {"conditions":"片区内适龄儿童免试就近入学","hotline":"0439-3223190",
                 "timeline":[{"date":"2027-07-01","title":"报名开始"},{"date":"2027-08-05","title":"公开摇号"}]}
                """;
        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/catchment/enrollment-guides/220602/2027")
                        .with(districtAdmin("220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(guide))
                .andExpect(status().isOk());
        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/catchment/enrollment-guides/220602/2027")
                        .with(districtAdmin("220681"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(guide))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:own-district"));
        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/catchment/enrollment-guides/220602/2027")
                        .with(districtAdmin("220602"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(guide.replace("2027-08-05", "2027-06-05")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:baishan:problem:timeline-order"));
        http.perform(get("/api/public/enrollment-guides/220602/2027"))
                .andExpect(jsonPath("$.timeline[1].title").value("公开摇号"));
    }

    private org.springframework.test.web.servlet.RequestBuilder importPlan(String zones, String rules) {
        return multipart("/api/catchment/zone-plans")
                .file(new MockMultipartFile(
                        "zones", "zones.geojson", "application/geo+json", zones.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile(
                        "addressRules", "rules.csv", "text/csv", rules.getBytes(StandardCharsets.UTF_8)))
                .param("districtCode", "220602")
                .param("stage", "PRIMARY")
                .with(districtAdmin("220602"));
    }

    private org.springframework.test.web.servlet.ResultActions step(String id, String step, String body)
            throws Exception {
        return step(id, step, body, districtAdmin("220602"));
    }

    private org.springframework.test.web.servlet.ResultActions step(
            String id, String step, String body, RequestPostProcessor who) throws Exception {
        var request = post("/api/catchment/zone-plans/" + id + "/" + step).with(who);
        if (!body.isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return http.perform(request);
    }
}
