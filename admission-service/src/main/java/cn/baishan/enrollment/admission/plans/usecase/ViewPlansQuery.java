package cn.baishan.enrollment.admission.plans.usecase;

import cn.baishan.enrollment.admission.plans.domain.CatalogSchool;
import cn.baishan.enrollment.admission.plans.domain.CatalogZone;
import cn.baishan.enrollment.admission.plans.domain.Plan;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import java.util.List;

/** Plans as staff and the public read them, and the seats of one season for its allocation input. */
public interface ViewPlansQuery {

    /**
     * @param districtCode the district's scope (its schools and its zones' schools); null = the whole city
     * @param enrollmentYear null = every year
     * @param stage null = both
     */
    List<Plan> list(String districtCode, Integer enrollmentYear, Stage stage);

    /**
     * The schools of one season (district, year, stage): every school of the stage in the district's scope
     * that has a plan for the year, with its plan, and the district's zones of the stage in force today.
     */
    SeasonPlans season(String districtCode, int enrollmentYear, Stage stage);

    record SeasonPlans(List<PlannedSchool> schools, List<CatalogZone> zones) {

        public SeasonPlans {
            schools = List.copyOf(schools);
            zones = List.copyOf(zones);
        }
    }

    record PlannedSchool(CatalogSchool school, Plan plan) {}
}
