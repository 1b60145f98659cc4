package cn.baishan.enrollment.registration.family.domain;

import java.util.Objects;
import java.util.UUID;

/** A guardian of a parent account's children, as last declared. */
public record FamilyGuardian(UUID id, String name, String relation, String idType, String idNumber, String phone) {

    public FamilyGuardian {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(relation);
        Objects.requireNonNull(idType);
        Objects.requireNonNull(idNumber);
    }

    @Override
    public String toString() {
        return "FamilyGuardian[" + id + "]";
    }
}
