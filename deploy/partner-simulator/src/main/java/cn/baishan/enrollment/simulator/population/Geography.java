package cn.baishan.enrollment.simulator.population;

import java.util.List;
import java.util.stream.Stream;

/**
 * Places for synthetic addresses: Baishan's six county-level units with street → community → compound
 * chains (a compound always sits in the same community and street, as the catchment rules expect), and
 * the home regions of migrant families.
 */
final class Geography {

    static final String PROVINCE_CITY = "吉林省白山市";

    /** A residential compound (小区) and the street and community it belongs to. */
    record Compound(String street, String community, String name) {}

    /**
     * @param registryName the name on property certificates, e.g. 吉(2019)白山市不动产权第…号
     * @param weight relative share of households living there
     */
    record District(String code, String name, String registryName, int weight, List<Compound> compounds) {

        String prefix() {
            return PROVINCE_CITY + name;
        }
    }

    /** Where a migrant family's hukou is. */
    record Region(String code, String prefix, String street, String community, boolean koreanEthnicArea) {}

    static final List<District> BAISHAN = List.of(
            new District(
                    "220602",
                    "浑江区",
                    "白山市",
                    35,
                    compounds(
                            "红旗街道|东兴社区|春城小区,东兴家园",
                            "红旗街道|红旗社区|锦绣花园,红旗小区",
                            "新建街道|浑江社区|江城小区,浑江湾",
                            "新建街道|新建社区|阳光新城,新建小区",
                            "城南街道|南山社区|南山花园,城南佳苑",
                            "东兴街道|光明社区|光明小区,翡翠城",
                            "通沟街道|通沟社区|通沟小区,山水人家",
                            "江北街道|江北社区|江北新村,滨江华府")),
            new District(
                    "220605",
                    "江源区",
                    "白山市江源区",
                    13,
                    compounds(
                            "孙家堡子街道|孙家堡子社区|江源小区,孙家堡子家园",
                            "城墙街道|城墙社区|城墙小区,松花苑",
                            "江源街道|正阳社区|正阳小区,金桥家园",
                            "正岔街道|正岔社区|正岔小区")),
            new District(
                    "220621",
                    "抚松县",
                    "抚松县",
                    17,
                    compounds("抚松镇|新华社区|人参小区,新华小区", "抚松镇|城中社区|松江名苑", "松江河镇|松江河社区|松江河小区,长白山花园", "泉阳镇|泉阳社区|泉阳小区")),
            new District(
                    "220622", "靖宇县", "靖宇县", 10, compounds("靖宇镇|杨靖宇社区|英雄小区,靖宇花园", "靖宇镇|新民社区|新民小区", "三道湖镇|三道湖社区|湖畔家园")),
            new District(
                    "220623",
                    "长白朝鲜族自治县",
                    "长白朝鲜族自治县",
                    8,
                    compounds("长白镇|民主社区|鸭绿江花园,民主小区", "长白镇|团结社区|团结小区,白山家园", "八道沟镇|八道沟社区|八道沟小区")),
            new District(
                    "220681",
                    "临江市",
                    "临江市",
                    17,
                    compounds(
                            "建国街道|新市社区|鸭绿江小区,新市花园",
                            "建国街道|建国社区|建国小区",
                            "新市街道|光华社区|光华小区,临江名都",
                            "大湖街道|大湖社区|大湖小区",
                            "森工街道|森工社区|森工家园")));

    /** Home regions of migrant families: neighbouring Liaoning and Heilongjiang, and other cities of Jilin. */
    static final List<Region> MIGRANT_ORIGINS = List.of(
            new Region("210102", "辽宁省沈阳市和平区", "南京南街道", "三好社区", false),
            new Region("210202", "辽宁省大连市中山区", "人民路街道", "东港社区", false),
            new Region("210602", "辽宁省丹东市元宝区", "七道街道", "七道社区", false),
            new Region("230102", "黑龙江省哈尔滨市道里区", "尚志街道", "尚志社区", false),
            new Region("230202", "黑龙江省齐齐哈尔市龙沙区", "五龙街道", "五龙社区", false),
            new Region("220102", "吉林省长春市南关区", "南岭街道", "南岭社区", false),
            new Region("220502", "吉林省通化市东昌区", "民主街道", "民主社区", false),
            new Region("222401", "吉林省延边朝鲜族自治州延吉市", "河南街道", "河南社区", true));

    static final String KOREAN_ETHNIC_DISTRICT = "220623";

    private Geography() {}

    static District baishan(String code) {
        return BAISHAN.stream()
                .filter(district -> district.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a Baishan district: " + code));
    }

    private static List<Compound> compounds(String... rows) {
        return Stream.of(rows)
                .flatMap(row -> {
                    String[] parts = row.split("\\|");
                    return Stream.of(parts[2].split(",")).map(name -> new Compound(parts[0], parts[1], name));
                })
                .toList();
    }
}
