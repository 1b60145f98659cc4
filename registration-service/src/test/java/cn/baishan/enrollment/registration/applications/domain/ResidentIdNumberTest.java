package cn.baishan.enrollment.registration.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTest {

    @Test
    void aValidNumberYieldsBirthDateAndSex() {
        var id = ResidentIdNumber.parse("220602202103150020").number();

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void anXCheckCharacterIsAcceptedInEitherCase() {
        assertThat(ResidentIdNumber.parse("22068120140709003x").valid()).isPresent();
        assertThat(ResidentIdNumber.parse("22068120140709003X").number().sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource({
        "220602202103150021, check-digit",
        "22060220210315002, format",
        "2206022021031500AA, format",
        "220602202102300027, birth-date",
        "'', format"
    })
    void anInvalidNumberNamesTheRuleItBreaks(String number, String rule) {
        var result = ResidentIdNumber.parse(number);

        assertThat(result.valid()).isEmpty();
        assertThat(result.rule()).isEqualTo(rule);
    }

    @Test
    void itNeverPrintsTheFullNumber() {
        assertThat(ResidentIdNumber.parse("220602202103150020").number().toString())
                .isEqualTo("2206**********0020");
    }
}
