package cn.baishan.enrollment.registration.applications.domain;

import java.util.Objects;

/** A document type and its number; {@code toString} never prints the number. */
public record IdentityDocument(IdType type, String number) {

    public IdentityDocument {
        Objects.requireNonNull(type);
        Objects.requireNonNull(number);
    }

    public String masked() {
        return Masking.idNumber(number);
    }

    @Override
    public String toString() {
        return type + ":" + masked();
    }
}
