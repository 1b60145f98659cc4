package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationJpaRepository extends JpaRepository<ApplicationEntity, UUID> {

    Optional<ApplicationEntity> findByOwnerIdAndIdempotencyKey(String ownerId, String idempotencyKey);

    List<ApplicationEntity> findByOwnerIdOrderBySubmittedAtDesc(String ownerId);

    Optional<ApplicationEntity> findByClaimCodeIndexAndChildIdIndex(String claimCodeIndex, String childIdIndex);

    List<ApplicationEntity> findByAssistedTrueAndDistrictCodeOrderBySubmittedAtDesc(String districtCode);
}
