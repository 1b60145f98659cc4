package cn.baishan.enrollment.verification.verifications.domain;

import java.time.LocalDate;

/** A person's household registration (户籍) as public security holds it. */
public record HouseholdRecord(
        String name,
        LocalDate birthDate,
        String householdNumber,
        String addressText,
        String districtCode,
        LocalDate moveInDate) {}
