package cn.baishan.enrollment.verification.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.verification.verifications.domain.HouseholdRecord;
import cn.baishan.enrollment.verification.verifications.domain.InsuranceRecord;
import cn.baishan.enrollment.verification.verifications.domain.PermitRecord;
import cn.baishan.enrollment.verification.verifications.domain.PropertyRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerSummariesTest {

    static final String FLAT = "吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号";

    @Test
    void anAddressIsShownDownToItsStreetOnly() {
        assertThat(AnswerSummaries.address(FLAT)).isEqualTo("吉林省白山市浑江区红旗街道***");
        assertThat(AnswerSummaries.address("吉林省白山市抚松县松江河镇前进村5组")).isEqualTo("吉林省白山市抚松县松江河镇***");
        assertThat(AnswerSummaries.address("吉林省白山市浑江区春城小区3栋")).isEqualTo("吉林省白山市浑江区***");
        assertThat(AnswerSummaries.address(null)).isEqualTo("（无地址）");
    }

    @Test
    void aHouseholdAnswerNamesTheStreetAndTheMoveInDateButNoNumbers() {
        String summary = AnswerSummaries.household(new HouseholdRecord(
                "张子涵", LocalDate.of(2021, 3, 15), "220602000001", FLAT, "220602", LocalDate.of(2019, 6, 1)));

        assertThat(summary)
                .isEqualTo("户籍在册：吉林省白山市浑江区红旗街道***，迁入日期 2019-06-01")
                .doesNotContain("220602000001", "春城小区", "张子涵");
    }

    @Test
    void propertiesAreListedWithoutCertificateNumbersOrOwners() {
        String summary = AnswerSummaries.properties(List.of(new PropertyRecord(
                "BDC-220602-000001",
                "吉(2019)白山市不动产权第0000001号",
                FLAT,
                "220602",
                "RESIDENTIAL",
                LocalDate.of(2019, 5, 20),
                List.of("220602198803120034"))));

        assertThat(summary)
                .isEqualTo("名下不动产 1 处：吉林省白山市浑江区红旗街道***（住宅，2019-05-20 登记）")
                .doesNotContain("0000001", "220602198803120034");
        assertThat(AnswerSummaries.properties(List.of())).isEqualTo("名下无不动产登记");
    }

    @Test
    void aPermitAndInsuranceAreSummarisedWithoutTheirNumbers() {
        assertThat(AnswerSummaries.permit(new PermitRecord(
                        "JZZ-2206-0001234",
                        "370102198505050017",
                        FLAT,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2027, 12, 31))))
                .isEqualTo("居住证：吉林省白山市浑江区红旗街道***，有效期 2024-01-01 至 2027-12-31")
                .doesNotContain("0001234", "370102198505050017");
        assertThat(AnswerSummaries.insurance(new InsuranceRecord("370102198505050017", 24, "2026-10")))
                .isEqualTo("社保连续缴纳 24 个月，最近缴费 2026-10");
    }

    @Test
    void eachPartnerSeesOnlyTheRegistriesItsDepartmentKeeps() {
        assertThat(Department.keptBy("PUBLIC_SECURITY"))
                .containsExactlyInAnyOrder(Department.HOUSEHOLD_REGISTRATION, Department.RESIDENCE_PERMIT);
        assertThat(Department.keptBy("NATURAL_RESOURCES")).containsExactly(Department.REAL_ESTATE);
        assertThat(Department.keptBy("HUMAN_RESOURCES_SOCIAL_SECURITY")).containsExactly(Department.SOCIAL_INSURANCE);
        assertThat(Department.keptBy("EDUCATION")).isEmpty();
        assertThat(Department.keptBy(null)).isEmpty();
    }
}
