package cn.baishan.enrollment.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.events.admission.AdmissionNoticeIssued;
import cn.baishan.enrollment.events.admission.AppealDecided;
import cn.baishan.enrollment.events.registration.AppealFiled;
import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Consumers deserialize producer records with plain Jackson: the records must round-trip unchanged. */
class EventJsonRoundTripTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void applicationSubmittedSurvivesJson() {
        var event = new ApplicationSubmitted(
                UUID.randomUUID(),
                Instant.parse("2027-05-10T01:02:03Z"),
                ApplicationSubmitted.VERSION,
                UUID.randomUUID(),
                "220602",
                2027,
                "PRIMARY_GRADE_1",
                new ApplicationSubmitted.Person("RESIDENT_ID", "220602202103150020", "张子涵", "CHILD"),
                List.of(new ApplicationSubmitted.Person("RESIDENT_ID", "220602198803120034", "张伟", "FATHER")),
                "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号",
                new ApplicationSubmitted.Claims(
                        "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号",
                        new ApplicationSubmitted.PropertyClaim("吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号", null),
                        false,
                        false,
                        new ApplicationSubmitted.PreferentialClaim("FIREFIGHTER", "白山市教育局〔2027〕3号"),
                        null,
                        new ApplicationSubmitted.SiblingClaim("张子轩", "220602001"),
                        null,
                        List.of("220602001", "220602002")));

        var back = json.readValue(json.writeValueAsString(event), ApplicationSubmitted.class);

        assertThat(back).isEqualTo(event);
        assertThat(back.aggregateId()).isEqualTo(event.applicationId().toString());
    }

    @Test
    void verificationCompletedSurvivesJson() {
        var event = new VerificationCompleted(
                UUID.randomUUID(),
                Instant.now(),
                VerificationCompleted.VERSION,
                UUID.randomUUID(),
                UUID.randomUUID(),
                VerificationCompleted.NEEDS_SUPPLEMENT,
                null,
                List.of(new VerificationCompleted.Check("HOUSEHOLD_REGISTRATION", "MISMATCH", "地址不一致")),
                List.of(new VerificationCompleted.SupplementItem("HUKOU_ADDRESS", "hukouAddress", "不一致", "核对户口簿")),
                "220602-P-01",
                List.of("220602001"),
                List.of(VerificationCompleted.FLAG_WARNING_PERIOD_ARRIVAL));

        var back = json.readValue(json.writeValueAsString(event), VerificationCompleted.class);

        assertThat(back).isEqualTo(event);
    }

    @Test
    void verificationCompletedVersionTwoCarriesFactsAndHomeLocation() {
        var event = new VerificationCompleted(
                UUID.randomUUID(),
                Instant.now(),
                VerificationCompleted.VERSION,
                UUID.randomUUID(),
                UUID.randomUUID(),
                VerificationCompleted.VERIFIED,
                "HUKOU_AND_PROPERTY",
                List.of(),
                List.of(),
                "220602-P-01",
                List.of("220602001"),
                List.of(),
                List.of("HUKOU_IN_ZONE", "PROPERTY_IN_ZONE"),
                new VerificationCompleted.Location(126.4237, 41.9421));

        var back = json.readValue(json.writeValueAsString(event), VerificationCompleted.class);

        assertThat(back).isEqualTo(event);
        assertThat(back.homeLocation().lon()).isEqualTo(126.4237);
    }

    @Test
    void aVersionOneVerificationCompletedReadsWithNoFactsAndNoLocation() {
        String v1 =
                """
                {"eventId":"5f0c6d1e-8a43-4b8e-9d2a-0f3c1b2a4d5e","occurredAt":"2027-05-01T08:00:00Z","schemaVersion":1,
                 "applicationId":"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","verificationId":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                 "verdict":"VERIFIED","category":"HUKOU_ONLY","checks":[],"supplementItems":[],"zoneCode":"220602-P-01",
                 "zoneSchoolCodes":["220602001"],"flags":[]}
                """;

        var back = json.readValue(v1, VerificationCompleted.class);

        assertThat(back.facts()).isEmpty();
        assertThat(back.homeLocation()).isNull();
        assertThat(back.category()).isEqualTo("HUKOU_ONLY");
    }

    @Test
    void admissionEventsSurviveJson() {
        var notice = new AdmissionNoticeIssued(
                UUID.randomUUID(),
                Instant.now(),
                AdmissionNoticeIssued.VERSION,
                UUID.randomUUID(),
                UUID.randomUUID(),
                "220602",
                2027,
                "PRIMARY",
                "P2027-3F9A2C1B7D4E",
                "ADMITTED",
                "220602001",
                "浑江区第一小学",
                "IN_ZONE",
                new AdmissionNoticeIssued.Explanation(
                        2,
                        "户房一致",
                        "00f3a9c2b17d4e8a",
                        17,
                        List.of(new AdmissionNoticeIssued.Considered("220602001", "IN_ZONE", true, 2, 40)),
                        "按片区录取"),
                LocalDate.of(2027, 7, 20),
                null);
        var decided = new AppealDecided(
                UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), UUID.randomUUID(), "DISMISSED", "理由", null);
        var filed = new AppealFiled(
                UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "距离计算有误");

        assertThat(json.readValue(json.writeValueAsString(notice), AdmissionNoticeIssued.class))
                .isEqualTo(notice);
        assertThat(json.readValue(json.writeValueAsString(decided), AppealDecided.class))
                .isEqualTo(decided);
        assertThat(json.readValue(json.writeValueAsString(filed), AppealFiled.class))
                .isEqualTo(filed);
    }
}
