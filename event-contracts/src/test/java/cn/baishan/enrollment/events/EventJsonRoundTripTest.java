package cn.baishan.enrollment.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.events.registration.ApplicationSubmitted;
import cn.baishan.enrollment.events.verification.VerificationCompleted;
import java.time.Instant;
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
}
