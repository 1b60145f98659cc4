package cn.baishan.enrollment.verification.verifications.domain;

import java.time.LocalDate;

/** A residence permit (居住证) as public security holds it. */
public record PermitRecord(
        String permitNumber, String holderIdNumber, String addressText, LocalDate issueDate, LocalDate expiryDate) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(issueDate) && (expiryDate == null || !date.isAfter(expiryDate));
    }
}
