package cn.baishan.enrollment.verification.verifications.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.verification.verifications.domain.Answers;
import cn.baishan.enrollment.verification.verifications.domain.Coordinates;
import cn.baishan.enrollment.verification.verifications.domain.InsuranceRecord;
import cn.baishan.enrollment.verification.verifications.domain.MigrantLookup;
import cn.baishan.enrollment.verification.verifications.domain.PermitRecord;
import cn.baishan.enrollment.verification.verifications.domain.ZoneLookup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class AnswersJsonTest {

    // the service's mapper is strict about unknown fields; so is this one
    final AnswersJson answers = new AnswersJson(JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build());

    static Answers permitIn(ZoneLookup zone) {
        return new Answers(
                null,
                null,
                new MigrantLookup.Found(
                        new PermitRecord(
                                "220602202300001",
                                "220602198803120034",
                                "吉林省白山市浑江区新建街道浑江社区江城小区5栋1单元302号",
                                LocalDate.of(2023, 2, 1),
                                LocalDate.of(2028, 2, 1)),
                        zone,
                        new InsuranceRecord("220602198803120034", 30, "2027-04")));
    }

    @Test
    void aStoredZoneMatchKeepsItsPosition() {
        var stored =
                permitIn(new ZoneLookup.Matched("220602-P-12", List.of("220602012"), new Coordinates(126.44, 41.92)));

        assertThat(answers.read(answers.write(stored))).isEqualTo(stored);
    }

    @Test
    void aZoneMatchStoredBeforePositionsExistedReadsWithoutOne() {
        String withPosition = answers.write(
                permitIn(new ZoneLookup.Matched("220602-P-12", List.of("220602012"), new Coordinates(126.44, 41.92))));
        String older = withPosition.replaceAll(",?\"location\":\\{[^}]*\\}", "");

        var read = (MigrantLookup.Found) answers.read(older).migrant();

        assertThat(older).doesNotContain("location");
        assertThat(read.permitZone()).isEqualTo(new ZoneLookup.Matched("220602-P-12", List.of("220602012")));
    }
}
