package cn.baishan.enrollment.catchment.schools.adapter.out.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolJpaRepository extends JpaRepository<SchoolEntity, String> {

    List<SchoolEntity> findByDistrictCodeOrderByCode(String districtCode);
}
