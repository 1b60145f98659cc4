package cn.baishan.enrollment.simulator.population;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The population file as stored on disk. People are listed once; households, properties, permits and
 * insurance records refer to them by ID number, so a name can never disagree between departments.
 */
public record PopulationFile(
        GeneratedWith generatedWith,
        List<Person> persons,
        List<Household> households,
        List<Property> properties,
        List<ResidencePermit> residencePermits,
        List<SocialInsuranceRecord> socialInsurance) {

    /** How the file was made; absent in hand-written files. */
    public record GeneratedWith(long seed, int households, LocalDate asOf) {}

    public record Person(String idNumber, String name, Sex sex, LocalDate birthDate) {}

    public record Household(String householdNumber, String addressText, String districtCode, List<Member> members) {}

    public record Member(String idNumber, String relationToHead, LocalDate moveInDate) {}

    public record Property(
            String propertyId,
            String certificateNumber,
            String addressText,
            String districtCode,
            PropertyUsage usage,
            LocalDate registrationDate,
            List<Owner> owners) {}

    /** @param share percentage of the property, e.g. {@code 50%}; the shares of a property add up to 100% */
    public record Owner(String idNumber, String share) {}

    public record ResidencePermit(
            String permitNumber,
            String holderIdNumber,
            String addressText,
            String districtCode,
            LocalDate issueDate,
            LocalDate expiryDate) {}

    public record SocialInsuranceRecord(
            String insuredIdNumber,
            String employer,
            String districtCode,
            YearMonth firstContributionMonth,
            YearMonth lastContributionMonth,
            int continuousMonths) {}
}
