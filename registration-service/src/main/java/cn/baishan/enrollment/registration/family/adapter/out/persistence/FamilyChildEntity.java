package cn.baishan.enrollment.registration.family.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Row of {@code registration.family_child}; the ID number only as ciphertext plus a blind index. */
@Entity
@Table(name = "family_child")
class FamilyChildEntity {

    @Id
    UUID id;

    String ownerId;
    String name;
    String idType;
    String idCipher;
    String idIndex;
    LocalDate birthDate;
    String sex;
    Instant updatedAt;
}
