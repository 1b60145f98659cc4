package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.DistrictRules;

/** The form rules a district has configured (age cut-off, school preferences). */
public interface DistrictRulesQuery {

    DistrictRules rulesFor(String districtCode);
}
