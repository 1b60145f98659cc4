package cn.baishan.enrollment.catchment.schools.domain;

import java.util.Map;

/** Baishan's county-level units and the city-direct schools (市直). */
public final class BaishanDistricts {

    public static final Map<String, String> NAMES = Map.of(
            "220602", "浑江区",
            "220605", "江源区",
            "220621", "抚松县",
            "220622", "靖宇县",
            "220623", "长白朝鲜族自治县",
            "220681", "临江市",
            "220600", "市直");

    private BaishanDistricts() {}

    public static boolean contains(String code) {
        return code != null && NAMES.containsKey(code);
    }
}
