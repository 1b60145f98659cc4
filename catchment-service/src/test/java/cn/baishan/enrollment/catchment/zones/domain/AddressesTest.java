package cn.baishan.enrollment.catchment.zones.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {

    @Test
    void aFullAddressSplitsIntoItsParts() {
        var a = Addresses.parse("吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号");

        assertThat(a.district()).isEqualTo("浑江区");
        assertThat(a.street()).isEqualTo("红旗街道");
        assertThat(a.community()).isEqualTo("东兴社区");
        assertThat(a.compound()).isEqualTo("春城小区");
        assertThat(a.building()).isEqualTo("3");
        assertThat(a.unit()).isEqualTo("2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'浑江区 红旗街道 春城小区 3号楼', 春城小区, 3",
        "'白山市浑江区春城小区三栋二单元', 春城小区, 3",
        "'浑江区（红旗街道）春城小区３幢', 春城小区, 3",
        "'临江市建国街道新市社区鸭绿江小区12栋3单元501号', 鸭绿江小区, 12",
        "'浑江区浑江湾3栋', 浑江湾, 3",
        "'浑江区翡翠城12栋1单元', 翡翠城, 12",
        "'江源区山水人家5栋', 山水人家, 5",
        "'临江市临江名都7栋', 临江名都, 7",
        "'浑江区万里小区2栋', 万里小区, 2"
    })
    void commonSpellingsOfTheSameCompoundAgree(String text, String compound, String building) {
        var a = Addresses.parse(text);

        assertThat(a.compound()).isEqualTo(compound);
        assertThat(a.building()).isEqualTo(building);
    }

    @Test
    void aRoadAndHouseNumberAreRead() {
        var a = Addresses.parse("浑江区浑江大街 123 号");

        assertThat(a.road()).isEqualTo("浑江大街");
        assertThat(a.number()).isEqualTo(123);
    }

    @Test
    void fullWidthDigitsAndPunctuationAreNormalised() {
        assertThat(Addresses.normalize("春城小区（一期）１２３号")).isEqualTo("春城小区一期123号");
    }
}
