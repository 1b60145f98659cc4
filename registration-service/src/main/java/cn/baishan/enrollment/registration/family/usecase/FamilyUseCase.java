package cn.baishan.enrollment.registration.family.usecase;

import cn.baishan.enrollment.registration.family.domain.Family;
import java.time.LocalDate;
import java.util.List;

/** A parent account's family: read it, and remember the people an application declared. */
public interface FamilyUseCase {

    /** The account's own family; empty for an account that has not applied yet. */
    Family family(String ownerId);

    /**
     * Saves the child and guardians of an accepted application, or updates them when the account
     * already holds the same person (same document); must run inside the application's transaction.
     */
    void remember(String ownerId, Person child, List<Person> guardians);

    /** A person as validated by an application; {@code relation} and {@code phone} only for guardians. */
    record Person(
            String name,
            String idType,
            String idNumber,
            LocalDate birthDate,
            String sex,
            String relation,
            String phone) {

        @Override
        public String toString() {
            return "Person[" + idType + "]";
        }
    }
}
