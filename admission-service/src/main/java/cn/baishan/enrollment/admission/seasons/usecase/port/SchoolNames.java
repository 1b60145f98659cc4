package cn.baishan.enrollment.admission.seasons.usecase.port;

import java.util.Map;

/** School names for the notices (the allocation itself knows codes only). */
public interface SchoolNames {

    /** Code → name of the schools catchment knows; empty when catchment cannot answer (the notice then shows the code). */
    Map<String, String> all();
}
