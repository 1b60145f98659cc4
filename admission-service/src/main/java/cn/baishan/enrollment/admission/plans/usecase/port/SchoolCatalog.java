package cn.baishan.enrollment.admission.plans.usecase.port;

import cn.baishan.enrollment.admission.plans.domain.CatalogSchool;
import cn.baishan.enrollment.admission.plans.domain.CatalogZone;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import java.time.LocalDate;
import java.util.List;

/**
 * Catchment-service's schools and zones, over its public API. Throws {@link CatalogUnavailableException}
 * when catchment does not answer: a plan is never checked against a guess.
 */
public interface SchoolCatalog {

    /** Every school of the city. */
    List<CatalogSchool> schools();

    /** The zones of a district and stage in force on a date. */
    List<CatalogZone> zones(String districtCode, Stage stage, LocalDate on);
}
