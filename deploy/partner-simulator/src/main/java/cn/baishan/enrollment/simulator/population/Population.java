package cn.baishan.enrollment.simulator.population;

import cn.baishan.enrollment.simulator.population.PopulationFile.GeneratedWith;
import cn.baishan.enrollment.simulator.population.PopulationFile.Household;
import cn.baishan.enrollment.simulator.population.PopulationFile.Member;
import cn.baishan.enrollment.simulator.population.PopulationFile.Owner;
import cn.baishan.enrollment.simulator.population.PopulationFile.Person;
import cn.baishan.enrollment.simulator.population.PopulationFile.Property;
import cn.baishan.enrollment.simulator.population.PopulationFile.ResidencePermit;
import cn.baishan.enrollment.simulator.population.PopulationFile.SocialInsuranceRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The synthetic population, indexed by ID number; immutable once built, so queries need no locking. */
public final class Population {

    /** A person as the household registry knows them: who they are and where their hukou is. */
    public record Registration(Person person, Household household, Member member) {}

    /** Sizes and origin, shown on the info endpoint. */
    public record Summary(
            String source,
            GeneratedWith generatedWith,
            int persons,
            int households,
            int properties,
            int residencePermits,
            int socialInsuranceRecords) {}

    private final Summary summary;
    private final Map<String, Person> persons;
    private final Map<String, Registration> registrations = new HashMap<>();
    private final Map<String, List<Property>> propertiesByOwner = new HashMap<>();
    private final Map<String, ResidencePermit> permitsByHolder;
    private final Map<String, SocialInsuranceRecord> socialInsuranceByInsured;

    private Population(String source, PopulationFile file) {
        List<Property> properties = orEmpty(file.properties());
        List<ResidencePermit> permits = orEmpty(file.residencePermits());
        List<SocialInsuranceRecord> insurance = orEmpty(file.socialInsurance());
        summary = new Summary(
                source,
                file.generatedWith(),
                file.persons().size(),
                file.households().size(),
                properties.size(),
                permits.size(),
                insurance.size());
        persons = file.persons().stream().collect(Collectors.toMap(Person::idNumber, Function.identity()));
        for (Household household : file.households()) {
            for (Member member : household.members()) {
                registrations.put(
                        member.idNumber(), new Registration(persons.get(member.idNumber()), household, member));
            }
        }
        for (Property property : properties) {
            for (Owner owner : property.owners()) {
                propertiesByOwner
                        .computeIfAbsent(owner.idNumber(), id -> new ArrayList<>())
                        .add(property);
            }
        }
        permitsByHolder =
                permits.stream().collect(Collectors.toMap(ResidencePermit::holderIdNumber, Function.identity()));
        socialInsuranceByInsured = insurance.stream()
                .collect(Collectors.toMap(SocialInsuranceRecord::insuredIdNumber, Function.identity()));
    }

    /**
     * Validates the file and indexes it.
     *
     * @param source where the file came from, for messages
     * @throws InvalidPopulationException listing every problem when the file is not consistent
     */
    public static Population of(String source, PopulationFile file) {
        List<String> problems = PopulationValidator.validate(file);
        if (!problems.isEmpty()) {
            throw new InvalidPopulationException(source, problems);
        }
        return new Population(source, file);
    }

    public Optional<Registration> registration(String idNumber) {
        return Optional.ofNullable(registrations.get(idNumber));
    }

    /** Owners are always in the population, so a name is always there. */
    public String nameOf(String idNumber) {
        Person person = persons.get(idNumber);
        if (person == null) {
            throw new IllegalArgumentException("Not in the population: " + IdNumbers.mask(idNumber));
        }
        return person.name();
    }

    /** Every property with at least one of the given persons among its owners, each listed once. */
    public List<Property> propertiesOwnedByAny(Collection<String> idNumbers) {
        Set<Property> found = new LinkedHashSet<>();
        for (String idNumber : idNumbers) {
            found.addAll(propertiesByOwner.getOrDefault(idNumber, List.of()));
        }
        return List.copyOf(found);
    }

    public Optional<ResidencePermit> residencePermit(String holderIdNumber) {
        return Optional.ofNullable(permitsByHolder.get(holderIdNumber));
    }

    public Optional<SocialInsuranceRecord> socialInsurance(String insuredIdNumber) {
        return Optional.ofNullable(socialInsuranceByInsured.get(insuredIdNumber));
    }

    public Summary summary() {
        return summary;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
