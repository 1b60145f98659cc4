package cn.baishan.enrollment.registration.family.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyChildJpaRepository extends JpaRepository<FamilyChildEntity, UUID> {

    List<FamilyChildEntity> findByOwnerIdOrderByUpdatedAtDesc(String ownerId);

    Optional<FamilyChildEntity> findByOwnerIdAndIdIndex(String ownerId, String idIndex);
}
