package cn.baishan.enrollment.admission.plans.domain;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which schools belong to a district's admission of a stage: the district's own schools, and the
 * schools its zones send children to (a city-run school can serve a district's zone). A district bureau
 * plans, and allocates, exactly these.
 */
public final class DistrictScope {

    private DistrictScope() {}

    /** @param zones the district's zones of the stage */
    public static boolean covers(String districtCode, CatalogSchool school, Collection<CatalogZone> zones) {
        return school.districtCode().equals(districtCode)
                || zones.stream()
                        .anyMatch(z -> z.districtCode().equals(districtCode)
                                && z.schoolCodes().contains(school.code()));
    }

    /** The codes of the schools of the stage in the district's scope, in code order. */
    public static Set<String> schoolsOf(
            String districtCode, Stage stage, Collection<CatalogSchool> schools, Collection<CatalogZone> zones) {
        Set<String> codes = new TreeSet<>();
        for (CatalogSchool s : schools) {
            if (s.takes(stage) && covers(districtCode, s, zones)) {
                codes.add(s.code());
            }
        }
        return codes;
    }
}
