package cn.baishan.enrollment.registration.family.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A child of a parent account, as the family last declared it. The values were validated by the
 * application they came with; the family keeps them so the next application need not ask again.
 */
public record FamilyChild(UUID id, String name, String idType, String idNumber, LocalDate birthDate, String sex) {

    public FamilyChild {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(idType);
        Objects.requireNonNull(idNumber);
    }

    /** Same person: same document. */
    public boolean samePersonAs(String otherIdType, String otherIdNumber) {
        return idType.equals(otherIdType) && idNumber.equals(otherIdNumber);
    }

    @Override
    public String toString() {
        return "FamilyChild[" + id + "]";
    }
}
