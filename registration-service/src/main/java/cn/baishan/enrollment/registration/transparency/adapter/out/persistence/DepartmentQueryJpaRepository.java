package cn.baishan.enrollment.registration.transparency.adapter.out.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentQueryJpaRepository extends JpaRepository<DepartmentQueryEntity, UUID> {

    List<DepartmentQueryEntity> findByApplicationIdOrderByQueriedAtAscSequenceAsc(UUID applicationId);
}
