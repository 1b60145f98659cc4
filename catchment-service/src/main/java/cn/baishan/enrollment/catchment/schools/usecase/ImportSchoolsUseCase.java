package cn.baishan.enrollment.catchment.schools.usecase;

import java.util.List;
import java.util.Map;
import java.util.Set;

public interface ImportSchoolsUseCase {

    /**
     * All or nothing: every row valid and inside the importer's districts, or nothing stored and an
     * {@link ImportRejectedException} listing every problem.
     *
     * @param allowedDistricts the districts the importer may change; empty means city-wide
     * @return how many schools were stored
     */
    int importSchools(List<Map<String, String>> rows, Set<String> allowedDistricts);
}
