package cn.baishan.enrollment.catchment.warnings.usecase.port;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.warnings.domain.CensusEntry;
import java.util.Collection;
import java.util.Map;

public interface CensusRepository {

    /** Inserts or replaces each entry by zone and year. */
    void saveAll(Collection<CensusEntry> entries);

    /** Children per zone code for a district, stage and year. */
    Map<String, Integer> childrenByZone(String districtCode, Stage stage, int year);
}
