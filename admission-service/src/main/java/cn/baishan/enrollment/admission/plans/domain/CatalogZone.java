package cn.baishan.enrollment.admission.plans.domain;

import java.util.List;

/** A catchment zone in force: one school ({@code SINGLE}) or several the parents rank ({@code MULTI}). */
public record CatalogZone(String zoneCode, String districtCode, Stage stage, String type, List<String> schoolCodes) {

    public CatalogZone {
        schoolCodes = List.copyOf(schoolCodes);
    }
}
