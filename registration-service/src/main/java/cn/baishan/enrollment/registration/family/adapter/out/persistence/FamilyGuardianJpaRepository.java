package cn.baishan.enrollment.registration.family.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyGuardianJpaRepository extends JpaRepository<FamilyGuardianEntity, UUID> {

    List<FamilyGuardianEntity> findByOwnerIdOrderByUpdatedAtDesc(String ownerId);

    Optional<FamilyGuardianEntity> findByOwnerIdAndIdIndex(String ownerId, String idIndex);
}
