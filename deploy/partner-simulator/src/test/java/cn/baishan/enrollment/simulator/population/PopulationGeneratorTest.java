package cn.baishan.enrollment.simulator.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.baishan.enrollment.simulator.population.PopulationFile.Household;
import cn.baishan.enrollment.simulator.population.PopulationFile.Person;
import cn.baishan.enrollment.simulator.population.PopulationFile.Property;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class PopulationGeneratorTest {

    private static final Set<String> BAISHAN = Set.of("220602", "220605", "220621", "220622", "220623", "220681");

    private static PopulationFile population;
    private static Map<String, Person> persons;

    @BeforeAll
    static void generateDefault() {
        population = PopulationGenerator.generate(42, 300);
        persons = population.persons().stream().collect(Collectors.toMap(Person::idNumber, Function.identity()));
    }

    @Test
    void sameSeedGivesIdenticalBytes() {
        byte[] first = PopulationGenerator.render(PopulationGenerator.generate(7, 120));
        byte[] second = PopulationGenerator.render(PopulationGenerator.generate(7, 120));

        assertThat(first).isEqualTo(second);
        assertThat(PopulationGenerator.render(PopulationGenerator.generate(8, 120)))
                .isNotEqualTo(first);
    }

    @Test
    void shippedPopulationIsExactlyWhatTheGeneratorProducesForSeed42() throws IOException {
        byte[] shipped;
        try (InputStream in = new ClassPathResource(PopulationConfiguration.DEFAULT_POPULATION).getInputStream()) {
            shipped = in.readAllBytes();
        }

        assertThat(shipped)
                .as("regenerate it with PopulationGenerator --seed 42 --households 300 (see README)")
                .isEqualTo(PopulationGenerator.render(population));
    }

    @Test
    void everyIdNumberHasAValidCheckCharacterAndMatchesBirthDateAndSex() {
        assertThat(population.persons()).hasSizeGreaterThan(600).allSatisfy(person -> {
            assertThat(IdNumbers.isValid(person.idNumber()))
                    .as(person.idNumber())
                    .isTrue();
            assertThat(IdNumbers.birthDate(person.idNumber())).isEqualTo(person.birthDate());
            assertThat(IdNumbers.sex(person.idNumber())).isEqualTo(person.sex());
        });
    }

    @Test
    void generatedPopulationPassesTheLoadersValidation() {
        Population indexed = Population.of("generated", population);

        assertThat(indexed.summary().households()).isEqualTo(300);
    }

    @Test
    void reservedNotFoundNumberIsNeverGenerated() {
        assertThat(persons).doesNotContainKey(PopulationGenerator.NOT_IN_POPULATION);
    }

    @Test
    void writesTheDemoFamiliesFirstAndExactly() {
        assertThat(population.persons().subList(0, 7))
                .extracting(Person::idNumber, Person::name)
                .containsExactly(
                        tuple("220602198803120034", "张伟"),
                        tuple("220602199007080048", "刘芳"),
                        tuple("220602202103150020", "张子涵"),
                        tuple("210102199202110020", "李娜"),
                        tuple("210102202011020019", "李浩然"),
                        tuple("220681198309050013", "王强"),
                        tuple("22068120140709003X", "王梓轩"));
        Household zhang = population.households().get(0);
        assertThat(zhang.addressText()).isEqualTo("吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号");
        assertThat(zhang.members())
                .allSatisfy(member -> assertThat(member.moveInDate()).isEqualTo(LocalDate.of(2019, 6, 1)));
        Property zhangHome = population.properties().get(0);
        assertThat(zhangHome.addressText()).isEqualTo(zhang.addressText());
        assertThat(zhangHome.owners()).extracting(PopulationFile.Owner::share).containsExactly("50%", "50%");
        assertThat(population.households().get(1).districtCode()).isEqualTo("210102");
        assertThat(population.residencePermits().get(0).holderIdNumber()).isEqualTo("210102199202110020");
        assertThat(population.households().get(2).addressText()).isEqualTo("吉林省白山市临江市建国街道新市社区鸭绿江小区12栋3单元501号");
    }

    @Test
    void coversBothSchoolStagesAndEveryDistrict() {
        assertThat(population.persons())
                .anyMatch(person -> born(person, "2020-09-01", "2021-08-31"))
                .anyMatch(person -> born(person, "2014-09-01", "2015-08-31"));
        assertThat(population.households().stream().map(Household::districtCode))
                .containsAll(BAISHAN);
        assertThat(population.households())
                .as("a family with a child in each stage")
                .anyMatch(household -> hasMemberBorn(household, "2014-09-01", "2015-08-31")
                        && hasMemberBorn(household, "2020-09-01", "2021-08-31"));
    }

    @Test
    void containsTheEdgeCasesVerificationMustHandle() {
        LocalDate asOf = PopulationGenerator.AS_OF;
        List<Household> households = population.households();

        assertThat(households).as("moved in recently").anyMatch(household -> household.members().stream()
                .anyMatch(member -> member.moveInDate().getYear() == 2026));
        assertThat(households)
                .as("migrants with hukou outside Baishan")
                .anyMatch(household -> household.districtCode().startsWith("21"))
                .anyMatch(household -> household.districtCode().startsWith("23"));
        assertThat(population.properties())
                .as("co-owned")
                .anyMatch(property -> property.owners().size() == 2);
        assertThat(population.properties())
                .as("commercial")
                .anyMatch(property -> property.usage() == PropertyUsage.COMMERCIAL);
        assertThat(population.residencePermits())
                .as("expired residence permit")
                .anyMatch(permit -> permit.expiryDate().isBefore(asOf))
                .anyMatch(permit -> permit.expiryDate().isAfter(asOf));
        assertThat(population.socialInsurance())
                .as("short social insurance")
                .anyMatch(record -> record.continuousMonths() < 12);
        assertThat(population.properties())
                .as("a child whose hukou address differs from the family's property")
                .anyMatch(this::ownersLiveElsewhere);
    }

    private boolean ownersLiveElsewhere(Property property) {
        String ownerId = property.owners().get(0).idNumber();
        return property.usage() == PropertyUsage.RESIDENTIAL
                && population.households().stream()
                        .filter(household -> household.members().stream()
                                .anyMatch(member -> member.idNumber().equals(ownerId)))
                        .anyMatch(household -> BAISHAN.contains(household.districtCode())
                                && !household.addressText().equals(property.addressText()));
    }

    private static boolean hasMemberBorn(Household household, String from, String to) {
        return household.members().stream().anyMatch(member -> born(persons.get(member.idNumber()), from, to));
    }

    private static boolean born(Person person, String from, String to) {
        return !person.birthDate().isBefore(LocalDate.parse(from))
                && !person.birthDate().isAfter(LocalDate.parse(to));
    }
}
