package cn.baishan.enrollment.catchment.zones.adapter.out.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ZonePlanJpaRepository extends JpaRepository<ZonePlanEntity, UUID> {

    List<ZonePlanEntity> findByDistrictCodeAndStageOrderByPlanVersionDesc(String districtCode, String stage);

    List<ZonePlanEntity> findByStatus(String status);

    @Query("select coalesce(max(p.planVersion), 0) from ZonePlanEntity p where p.districtCode = ?1 and p.stage = ?2")
    int maxVersion(String districtCode, String stage);
}
