package cn.baishan.enrollment.simulator.population;

import cn.baishan.enrollment.simulator.population.PopulationFile.Household;
import cn.baishan.enrollment.simulator.population.PopulationFile.Member;
import cn.baishan.enrollment.simulator.population.PopulationFile.Owner;
import cn.baishan.enrollment.simulator.population.PopulationFile.Person;
import cn.baishan.enrollment.simulator.population.PopulationFile.Property;
import cn.baishan.enrollment.simulator.population.PopulationFile.ResidencePermit;
import cn.baishan.enrollment.simulator.population.PopulationFile.SocialInsuranceRecord;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a population file before anything is indexed. It collects every problem so a hand-edited file
 * can be fixed in one pass; ID numbers in messages are masked because the messages end up in logs.
 */
final class PopulationValidator {

    private static final Pattern DISTRICT_CODE = Pattern.compile("\\d{6}");
    private static final Pattern SHARE = Pattern.compile("(\\d{1,3})%");

    private final List<String> problems = new ArrayList<>();
    private final Set<String> personIds = new HashSet<>();

    private PopulationValidator() {}

    static List<String> validate(PopulationFile file) {
        PopulationValidator validator = new PopulationValidator();
        validator.check(file);
        return validator.problems;
    }

    private void check(PopulationFile file) {
        if (file.persons() == null || file.households() == null) {
            problems.add("persons and households are required");
            return;
        }
        checkPersons(file.persons());
        checkHouseholds(file.households());
        checkProperties(orEmpty(file.properties()));
        checkResidencePermits(orEmpty(file.residencePermits()));
        checkSocialInsurance(orEmpty(file.socialInsurance()));
    }

    private void checkPersons(List<Person> persons) {
        Map<String, String> firstSeenAt = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            Person person = persons.get(i);
            String at = "persons[" + i + "]";
            if (person == null || !IdNumbers.isValid(person.idNumber())) {
                problems.add(at + ": idNumber " + IdNumbers.mask(person == null ? null : person.idNumber())
                        + " is not a valid GB 11643 number");
                continue;
            }
            String id = person.idNumber();
            String previous = firstSeenAt.putIfAbsent(id, at);
            if (previous != null) {
                problems.add(at + ": duplicate idNumber " + IdNumbers.mask(id) + ", already listed at " + previous);
            }
            personIds.add(id);
            requireText(at + ".name", person.name());
            if (person.sex() != IdNumbers.sex(id)) {
                problems.add(at + ": sex " + person.sex() + " does not match the ID number");
            }
            if (!IdNumbers.birthDate(id).equals(person.birthDate())) {
                problems.add(at + ": birthDate " + person.birthDate() + " does not match the ID number");
            }
        }
    }

    private void checkHouseholds(List<Household> households) {
        Set<String> numbers = new HashSet<>();
        Map<String, String> memberOf = new HashMap<>();
        for (int i = 0; i < households.size(); i++) {
            Household household = households.get(i);
            String at = "households[" + i + "]";
            if (household == null) {
                problems.add(at + ": is null");
                continue;
            }
            requireUnique(at + ".householdNumber", household.householdNumber(), numbers);
            requireText(at + ".addressText", household.addressText());
            requireDistrictCode(at + ".districtCode", household.districtCode());
            if (household.members() == null || household.members().isEmpty()) {
                problems.add(at + ": has no members");
                continue;
            }
            for (int m = 0; m < household.members().size(); m++) {
                Member member = household.members().get(m);
                String memberAt = at + ".members[" + m + "]";
                if (member == null) {
                    problems.add(memberAt + ": is null");
                    continue;
                }
                if (requireKnownPerson(memberAt, member.idNumber())) {
                    String previous = memberOf.putIfAbsent(member.idNumber(), memberAt);
                    if (previous != null) {
                        problems.add(memberAt + ": person " + IdNumbers.mask(member.idNumber())
                                + " is already registered at " + previous);
                    }
                }
                requireText(memberAt + ".relationToHead", member.relationToHead());
                requirePresent(memberAt + ".moveInDate", member.moveInDate());
            }
        }
        personIds.stream()
                .filter(id -> !memberOf.containsKey(id))
                .sorted()
                .forEach(id -> problems.add("person " + IdNumbers.mask(id) + " belongs to no household"));
    }

    private void checkProperties(List<Property> properties) {
        Set<String> ids = new HashSet<>();
        Set<String> certificates = new HashSet<>();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            String at = "properties[" + i + "]";
            if (property == null) {
                problems.add(at + ": is null");
                continue;
            }
            requireUnique(at + ".propertyId", property.propertyId(), ids);
            requireUnique(at + ".certificateNumber", property.certificateNumber(), certificates);
            requireText(at + ".addressText", property.addressText());
            requireDistrictCode(at + ".districtCode", property.districtCode());
            requirePresent(at + ".usage", property.usage());
            requirePresent(at + ".registrationDate", property.registrationDate());
            checkOwners(at, property.owners());
        }
    }

    private void checkOwners(String at, List<Owner> owners) {
        if (owners == null || owners.isEmpty()) {
            problems.add(at + ": has no owners");
            return;
        }
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int o = 0; o < owners.size(); o++) {
            Owner owner = owners.get(o);
            String ownerAt = at + ".owners[" + o + "]";
            if (owner == null) {
                problems.add(ownerAt + ": is null");
                continue;
            }
            if (requireKnownPerson(ownerAt, owner.idNumber()) && !seen.add(owner.idNumber())) {
                problems.add(ownerAt + ": " + IdNumbers.mask(owner.idNumber()) + " is listed twice");
            }
            Matcher share = SHARE.matcher(Objects.requireNonNullElse(owner.share(), ""));
            if (share.matches()) {
                total += Integer.parseInt(share.group(1));
            } else {
                problems.add(ownerAt + ".share: '" + owner.share() + "' is not a whole percentage such as 50%");
            }
        }
        if (total != 100) {
            problems.add(at + ": owner shares add up to " + total + "%, not 100%");
        }
    }

    private void checkResidencePermits(List<ResidencePermit> permits) {
        Set<String> numbers = new HashSet<>();
        Set<String> holders = new HashSet<>();
        for (int i = 0; i < permits.size(); i++) {
            ResidencePermit permit = permits.get(i);
            String at = "residencePermits[" + i + "]";
            if (permit == null) {
                problems.add(at + ": is null");
                continue;
            }
            requireUnique(at + ".permitNumber", permit.permitNumber(), numbers);
            if (requireKnownPerson(at, permit.holderIdNumber()) && !holders.add(permit.holderIdNumber())) {
                problems.add(at + ": " + IdNumbers.mask(permit.holderIdNumber()) + " already holds a permit");
            }
            requireText(at + ".addressText", permit.addressText());
            requireDistrictCode(at + ".districtCode", permit.districtCode());
            requirePresent(at + ".issueDate", permit.issueDate());
            requirePresent(at + ".expiryDate", permit.expiryDate());
            if (permit.issueDate() != null
                    && permit.expiryDate() != null
                    && !permit.expiryDate().isAfter(permit.issueDate())) {
                problems.add(at + ": expiryDate is not after issueDate");
            }
        }
    }

    private void checkSocialInsurance(List<SocialInsuranceRecord> records) {
        Set<String> insured = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            SocialInsuranceRecord record = records.get(i);
            String at = "socialInsurance[" + i + "]";
            if (record == null) {
                problems.add(at + ": is null");
                continue;
            }
            if (requireKnownPerson(at, record.insuredIdNumber()) && !insured.add(record.insuredIdNumber())) {
                problems.add(at + ": " + IdNumbers.mask(record.insuredIdNumber()) + " already has a record");
            }
            requireText(at + ".employer", record.employer());
            requireDistrictCode(at + ".districtCode", record.districtCode());
            requirePresent(at + ".firstContributionMonth", record.firstContributionMonth());
            requirePresent(at + ".lastContributionMonth", record.lastContributionMonth());
            if (record.firstContributionMonth() != null && record.lastContributionMonth() != null) {
                long span =
                        ChronoUnit.MONTHS.between(record.firstContributionMonth(), record.lastContributionMonth()) + 1;
                if (span < 1 || record.continuousMonths() < 1 || record.continuousMonths() > span) {
                    problems.add(at + ": continuousMonths " + record.continuousMonths()
                            + " does not fit between firstContributionMonth and lastContributionMonth");
                }
            }
        }
    }

    private boolean requireKnownPerson(String at, String idNumber) {
        if (idNumber == null || !personIds.contains(idNumber)) {
            problems.add(at + ": " + IdNumbers.mask(idNumber) + " is not in persons");
            return false;
        }
        return true;
    }

    private void requireUnique(String at, String value, Set<String> seen) {
        if (requireText(at, value) && !seen.add(value)) {
            problems.add(at + ": duplicate value '" + value + "'");
        }
    }

    private boolean requireText(String at, String value) {
        if (value == null || value.isBlank()) {
            problems.add(at + ": is missing");
            return false;
        }
        return true;
    }

    private void requireDistrictCode(String at, String value) {
        if (value == null || !DISTRICT_CODE.matcher(value).matches()) {
            problems.add(at + ": '" + value + "' is not a six-digit district code");
        }
    }

    private void requirePresent(String at, Object value) {
        if (value == null) {
            problems.add(at + ": is missing");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
