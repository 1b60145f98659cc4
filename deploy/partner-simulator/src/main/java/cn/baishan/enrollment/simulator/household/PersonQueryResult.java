package cn.baishan.enrollment.simulator.household;

import cn.baishan.enrollment.simulator.population.Population.Registration;
import cn.baishan.enrollment.simulator.population.Sex;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** The registry's answer; {@code person} and {@code household} are omitted when the person is not found. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PersonQueryResult(String requestId, boolean found, PersonView person, HouseholdView household) {

    record PersonView(String idNumber, String name, Sex sex, LocalDate birthDate) {}

    record HouseholdView(
            String householdNumber,
            String addressText,
            String districtCode,
            LocalDate moveInDate,
            String relationToHead) {}

    static PersonQueryResult found(String requestId, Registration registration) {
        var person = registration.person();
        var household = registration.household();
        return new PersonQueryResult(
                requestId,
                true,
                new PersonView(person.idNumber(), person.name(), person.sex(), person.birthDate()),
                new HouseholdView(
                        household.householdNumber(),
                        household.addressText(),
                        household.districtCode(),
                        registration.member().moveInDate(),
                        registration.member().relationToHead()));
    }

    static PersonQueryResult notFound(String requestId) {
        return new PersonQueryResult(requestId, false, null, null);
    }
}
