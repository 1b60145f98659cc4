package cn.baishan.enrollment.registration.family.usecase.port;

import cn.baishan.enrollment.registration.family.domain.Family;
import cn.baishan.enrollment.registration.family.domain.FamilyChild;
import cn.baishan.enrollment.registration.family.domain.FamilyGuardian;

/** Stores families; people are found by the blind index of their document number within one account. */
public interface FamilyRepository {

    Family load(String ownerId);

    /** Inserts the child, or updates the account's child with the same document (keeping its id). */
    FamilyChild saveChild(String ownerId, FamilyChild child);

    /** Inserts the guardian, or updates the account's guardian with the same document (keeping its id). */
    FamilyGuardian saveGuardian(String ownerId, FamilyGuardian guardian);
}
