package cn.baishan.enrollment.catchment.schools.usecase.port;

import cn.baishan.enrollment.catchment.schools.domain.School;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface SchoolRepository {

    /** Inserts or replaces each school by its code. */
    void saveAll(Collection<School> schools);

    Optional<School> find(String code);

    List<School> findAll(Collection<String> codes);

    List<School> inDistrict(String districtCode);

    List<School> all();
}
