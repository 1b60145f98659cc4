package cn.baishan.enrollment.registration.family.adapter.out.persistence;

import cn.baishan.enrollment.platform.crypto.IdNumberVault;
import cn.baishan.enrollment.registration.family.domain.Family;
import cn.baishan.enrollment.registration.family.domain.FamilyChild;
import cn.baishan.enrollment.registration.family.domain.FamilyGuardian;
import cn.baishan.enrollment.registration.family.usecase.port.FamilyRepository;
import java.time.Clock;
import org.springframework.stereotype.Component;

@Component
class FamilyPersistenceAdapter implements FamilyRepository {

    private final FamilyChildJpaRepository children;
    private final FamilyGuardianJpaRepository guardians;
    private final IdNumberVault vault;
    private final Clock clock;

    FamilyPersistenceAdapter(
            FamilyChildJpaRepository children,
            FamilyGuardianJpaRepository guardians,
            IdNumberVault vault,
            Clock clock) {
        this.children = children;
        this.guardians = guardians;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public Family load(String ownerId) {
        return new Family(
                ownerId,
                children.findByOwnerIdOrderByUpdatedAtDesc(ownerId).stream()
                        .map(r ->
                                new FamilyChild(r.id, r.name, r.idType, vault.decrypt(r.idCipher), r.birthDate, r.sex))
                        .toList(),
                guardians.findByOwnerIdOrderByUpdatedAtDesc(ownerId).stream()
                        .map(r -> new FamilyGuardian(
                                r.id, r.name, r.relation, r.idType, vault.decrypt(r.idCipher), r.phone))
                        .toList());
    }

    @Override
    public FamilyChild saveChild(String ownerId, FamilyChild child) {
        String index = vault.blindIndex(child.idNumber());
        FamilyChildEntity row = children.findByOwnerIdAndIdIndex(ownerId, index).orElseGet(() -> {
            var fresh = new FamilyChildEntity();
            fresh.id = child.id();
            fresh.ownerId = ownerId;
            fresh.idIndex = index;
            return fresh;
        });
        row.name = child.name();
        row.idType = child.idType();
        row.idCipher = vault.encrypt(child.idNumber());
        row.birthDate = child.birthDate();
        row.sex = child.sex();
        row.updatedAt = clock.instant();
        children.save(row);
        return new FamilyChild(row.id, row.name, row.idType, child.idNumber(), row.birthDate, row.sex);
    }

    @Override
    public FamilyGuardian saveGuardian(String ownerId, FamilyGuardian guardian) {
        String index = vault.blindIndex(guardian.idNumber());
        FamilyGuardianEntity row = guardians
                .findByOwnerIdAndIdIndex(ownerId, index)
                .orElseGet(() -> {
                    var fresh = new FamilyGuardianEntity();
                    fresh.id = guardian.id();
                    fresh.ownerId = ownerId;
                    fresh.idIndex = index;
                    return fresh;
                });
        row.name = guardian.name();
        row.relation = guardian.relation();
        row.idType = guardian.idType();
        row.idCipher = vault.encrypt(guardian.idNumber());
        row.phone = guardian.phone();
        row.updatedAt = clock.instant();
        guardians.save(row);
        return new FamilyGuardian(row.id, row.name, row.relation, row.idType, guardian.idNumber(), row.phone);
    }
}
