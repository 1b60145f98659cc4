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

    /** Counts one application in a zone; false when this application was counted before. */
    boolean countApplication(String applicationId, String zoneCode, String districtCode, Stage stage, int year);

    /** Applications per zone code for a district, stage and year. */
    Map<String, Integer> applicationsByZone(String districtCode, Stage stage, int year);
}
