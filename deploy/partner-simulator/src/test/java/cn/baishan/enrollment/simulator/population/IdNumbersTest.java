package cn.baishan.enrollment.simulator.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "220602198803120034",
                "220602199007080048",
                "220602202103150020",
                "210102199202110020",
                "210102202011020019",
                "220681198309050013",
                "22068120140709003X",
                "220602202101010091"
            })
    void acceptsTheDemoFamiliesNumbers(String idNumber) {
        assertThat(IdNumbers.isValid(idNumber)).isTrue();
    }

    @Test
    void computesTheCheckCharacterWithIsoMod112() {
        assertThat(IdNumbers.checkCharacter("22068120140709003")).isEqualTo('X');
        assertThat(IdNumbers.checkCharacter("22060220210315002")).isEqualTo('0');
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "220602202103150021", // wrong check character
                "220602202102300023", // 30 February, right check character
                "22060220210315002", // too short
                "22060220210315002x", // lower-case x
                "2206022021031500A0"
            })
    void rejectsMalformedNumbers(String idNumber) {
        assertThat(IdNumbers.isValid(idNumber)).isFalse();
    }

    @Test
    void readsBirthDateAndSexFromTheNumber() {
        assertThat(IdNumbers.birthDate("22068120140709003X")).isEqualTo(LocalDate.of(2014, 7, 9));
        assertThat(IdNumbers.sex("22068120140709003X")).isEqualTo(Sex.M);
        assertThat(IdNumbers.sex("220602202103150020")).isEqualTo(Sex.F);
    }

    @Test
    void masksAllButTheFirstAndLastFourCharacters() {
        assertThat(IdNumbers.mask("220602202103150020")).isEqualTo("2206**********0020");
        assertThat(IdNumbers.mask("22068120140709003X")).isEqualTo("2206**********003X");
        assertThat(IdNumbers.mask("1234567")).isEqualTo("*******");
        assertThat(IdNumbers.mask(null)).isEqualTo("null");
    }
}
