package cn.baishan.enrollment.registration.transparency.adapter.out.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisputeJpaRepository extends JpaRepository<DisputeEntity, UUID> {

    List<DisputeEntity> findByApplicationIdOrderByFiledAtDesc(UUID applicationId);
}
