package cn.baishan.enrollment.registration.family.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code registration.family_guardian}; the ID number only as ciphertext plus a blind index. */
@Entity
@Table(name = "family_guardian")
class FamilyGuardianEntity {

    @Id
    UUID id;

    String ownerId;
    String name;
    String relation;
    String idType;
    String idCipher;
    String idIndex;
    String phone;
    Instant updatedAt;
}
