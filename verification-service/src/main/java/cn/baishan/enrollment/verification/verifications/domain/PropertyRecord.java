package cn.baishan.enrollment.verification.verifications.domain;

import java.time.LocalDate;
import java.util.List;

/** A registered property (不动产) as natural resources holds it: address, usage, registration date, owners. */
public record PropertyRecord(
        String propertyId,
        String certificateNumber,
        String addressText,
        String districtCode,
        String usage,
        LocalDate registrationDate,
        List<String> ownerIdNumbers) {

    public PropertyRecord {
        ownerIdNumbers = List.copyOf(ownerIdNumbers);
    }

    public boolean residential() {
        return "RESIDENTIAL".equals(usage);
    }
}
