package cn.baishan.enrollment.registration.transparency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DepartmentQueryTest {

    static DepartmentQuery withAnswer(String subject, String answer) {
        return new DepartmentQuery(
                UUID.randomUUID(),
                UUID.randomUUID(),
                3,
                "HOUSEHOLD_REGISTRATION",
                "核验户籍",
                "CHILD",
                subject,
                "ANSWERED",
                answer,
                Instant.now());
    }

    @Test
    void aFullResidentIdInAnAnswerIsMaskedOnTheWayIn() {
        var query = withAnswer("22060220210315002X", "儿童220602202103150020户籍在红旗街道；监护人22060219880312003x同户");

        assertThat(query.subjectMasked()).isEqualTo("2206**********002X");
        assertThat(query.answerSummary()).isEqualTo("儿童2206**********0020户籍在红旗街道；监护人2206**********003x同户");
    }

    @Test
    void anOldFifteenDigitIdIsMaskedToo() {
        assertThat(IdNumbers.scrub("旧证号220602880312003")).isEqualTo("旧证号2206*******2003");
    }

    @Test
    void alreadyMaskedTextAndShorterNumbersStayAsTheyAre() {
        var query = withAnswer("2206**********0020", "登记日期20200115，证书号吉(2020)白山市不动产权第0001234号，电话13800000000");

        assertThat(query.subjectMasked()).isEqualTo("2206**********0020");
        assertThat(query.answerSummary()).isEqualTo("登记日期20200115，证书号吉(2020)白山市不动产权第0001234号，电话13800000000");
    }

    @Test
    void aQueryWithoutItsApplicationIsMalformed() {
        assertThatThrownBy(() -> new DepartmentQuery(
                        UUID.randomUUID(), null, 1, "REAL_ESTATE", "p", "CHILD", "x", "ANSWERED", "a", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void departmentsAndOutcomesHaveTheirChineseNames() {
        assertThat(Departments.name("RESIDENCE_PERMIT")).isEqualTo("公安机关（居住证）");
        assertThat(Departments.outcome("UNAVAILABLE")).isEqualTo("部门暂时无法查询");
        assertThat(Departments.subjectRole("GUARDIAN")).isEqualTo("监护人");
        assertThat(Departments.name("NEW_DEPARTMENT")).isEqualTo("NEW_DEPARTMENT");
    }
}
