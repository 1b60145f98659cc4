import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Generates the synthetic Baishan (白山市) demo data set for catchment zoning, census and admission:
 * schools.csv, zones.geojson, address-rules.csv, pairs.csv, census.csv, admission-plans.csv; then
 * re-reads the files and checks them (the "checker"), and prints a summary.
 *
 * <pre>
 * java -cp jts-core-1.20.0.jar deploy/demo-data/GenerateBaishanDemo.java --seed 2027 --out deploy/demo-data/baishan
 * java -cp jts-core-1.20.0.jar deploy/demo-data/GenerateBaishanDemo.java --check-only --out deploy/demo-data/baishan
 * </pre>
 *
 * Deterministic: the same seed gives byte-identical files (java.util.Random, StrictMath, fixed
 * iteration order, BigDecimal rounding to 6 decimals, '\n' line ends). Geometry is built in a local
 * kilometre frame per town and converted to WGS84 [lon, lat] when written.
 *
 * Everything is synthetic. Town centres are approximate; schools, zones, compounds and numbers are
 * invented, except the street → community → compound chains shared with the partner-simulator's
 * population (so every address of that population maps to a zone).
 */
public class GenerateBaishanDemo {

    static final GeometryFactory GF = new GeometryFactory();
    static final double KM_PER_DEG_LAT = 110.574;
    static final double KM_PER_DEG_LON_EQUATOR = 111.320;
    static final int YEAR = 2027;
    static final String PRIMARY = "PRIMARY";
    static final String JUNIOR = "JUNIOR";
    static final String CITY_DIRECT = "220600";

    /** The catchment-service's address parser recognises a compound by these endings (Addresses.COMPOUND). */
    static final Pattern COMPOUND_NAME =
            Pattern.compile("^(.{1,20}?(?:小区|花园|家园|苑|公寓|新村|新城|嘉园|名城|府|里))");

    static final Map<String, String> DISTRICTS = new LinkedHashMap<>();

    static {
        DISTRICTS.put("220600", "市直");
        DISTRICTS.put("220602", "浑江区");
        DISTRICTS.put("220605", "江源区");
        DISTRICTS.put("220621", "抚松县");
        DISTRICTS.put("220622", "靖宇县");
        DISTRICTS.put("220623", "长白朝鲜族自治县");
        DISTRICTS.put("220681", "临江市");
    }

    static final Map<String, String> HOTLINE_PREFIX = Map.of(
            "220600", "32", "220602", "32", "220605", "36", "220621", "62", "220622", "72", "220623", "82", "220681",
            "52");

    // ------------------------------------------------------------------ model

    static final class Community {
        final String name;
        final List<String> fixedCompounds;
        Coordinate seed;

        Community(String name, List<String> fixedCompounds) {
            this.name = name;
            this.fixedCompounds = fixedCompounds;
        }
    }

    static final class Street {
        final String name;
        final int extraCommunities;
        final List<Community> communities = new ArrayList<>();
        Coordinate seed;

        Street(String name, int extraCommunities) {
            this.name = name;
            this.extraCommunities = extraCommunities;
        }
    }

    record RoadSpec(String name, double angleDeg, double offsetKm, double halfLengthKm) {}

    record SchoolSpec(
            String name, String district, String stages, boolean isPrivate, int[] pRange, int[] jRange, Coordinate at) {}

    static final class Town {
        final String id;
        final String district;
        final String label;
        final double lat0;
        final double lon0;
        final double a;
        final double b;
        final double rotDeg;
        final List<Street> streets = new ArrayList<>();
        final List<String> addressRoads = new ArrayList<>();
        final List<RoadSpec> ruleRoads = new ArrayList<>();
        final List<SchoolSpec> schoolSpecs = new ArrayList<>();
        int[] compoundsPerCell = {5, 7};
        Map<String, int[]> merges = new HashMap<>(); // stage -> sizes of MULTI zones to form
        Polygon poly;
        PreparedGeometry prep;
        IndexedFacetDistance edge;
        final List<School> schools = new ArrayList<>();

        Town(String id, String district, String label, double lat0, double lon0, double a, double b, double rotDeg) {
            this.id = id;
            this.district = district;
            this.label = label;
            this.lat0 = lat0;
            this.lon0 = lon0;
            this.a = a;
            this.b = b;
            this.rotDeg = rotDeg;
        }

        Town street(String name, int extra, String... fixed) {
            Street s = new Street(name, extra);
            for (String f : fixed) {
                String[] parts = f.split(":");
                s.communities.add(new Community(parts[0], parts.length > 1 ? List.of(parts[1].split(",")) : List.of()));
            }
            streets.add(s);
            return this;
        }

        Town roads(String... names) {
            addressRoads.addAll(List.of(names));
            return this;
        }

        Town school(String name, String district, String stages, int[] pRange, int[] jRange) {
            schoolSpecs.add(new SchoolSpec(name, district, stages, false, pRange, jRange, null));
            return this;
        }

        double kmPerDegLon() {
            return KM_PER_DEG_LON_EQUATOR * StrictMath.cos(StrictMath.toRadians(lat0));
        }

        double lon(double x) {
            return lon0 + x / kmPerDegLon();
        }

        double lat(double y) {
            return lat0 + y / KM_PER_DEG_LAT;
        }

        String districtName() {
            return DISTRICTS.get(district);
        }
    }

    static final class School {
        String code;
        final String name;
        final String district;
        final boolean p;
        final boolean j;
        final boolean isPrivate;
        final Town town;
        Coordinate loc;
        int pClasses;
        int jClasses;
        String street;
        String address;
        String hotline;
        int tier; // 2 strong, 1 ordinary, 0 weak (only used for the pairs' notes)
        String lon;
        String lat;
        int order;

        School(String name, String district, boolean p, boolean j, boolean isPrivate, Town town) {
            this.name = name;
            this.district = district;
            this.p = p;
            this.j = j;
            this.isPrivate = isPrivate;
            this.town = town;
        }

        boolean has(String stage) {
            return PRIMARY.equals(stage) ? p : j;
        }

        boolean both() {
            return p && j;
        }

        int seats(String stage) {
            return PRIMARY.equals(stage) ? pClasses * 45 : jClasses * 50;
        }

        int classes(String stage) {
            return PRIMARY.equals(stage) ? pClasses : jClasses;
        }
    }

    static final class Zone {
        String code;
        String name;
        final String district;
        final String stage;
        final Town town;
        final List<School> schools;
        final Geometry km;
        PreparedGeometry prep;
        IndexedFacetDistance edge;
        Geometry wgs;
        int children2027;
        int children2026;

        Zone(String district, String stage, Town town, List<School> schools, Geometry km) {
            this.district = district;
            this.stage = stage;
            this.town = town;
            this.schools = schools;
            this.km = km;
        }

        boolean multi() {
            return schools.size() > 1;
        }
    }

    static final class Compound {
        final Town town;
        final String street;
        final String community;
        final String name;
        final Integer builtYear;
        final Coordinate km;
        Zone pz;
        Zone jz;
        String lon;
        String lat;

        Compound(Town town, String street, String community, String name, Integer builtYear, Coordinate km) {
            this.town = town;
            this.street = street;
            this.community = community;
            this.name = name;
            this.builtYear = builtYear;
            this.km = km;
        }
    }

    record RoadRule(Zone zone, String district, String road, int from, int to, String parity) {}

    record Pair(School primary, School junior, String note) {}

    // ------------------------------------------------------------------ the data set's fixed facts

    static int[] r(int lo, int hi) {
        return new int[] {lo, hi};
    }

    static String ordinal(int n) {
        String[] d = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return d[n];
        }
        if (n == 10) {
            return "十";
        }
        if (n < 20) {
            return "十" + d[n - 10];
        }
        return d[n / 10] + "十" + d[n % 10];
    }

    static List<Town> towns() {
        List<Town> towns = new ArrayList<>();

        // 浑江区: the city seat; also hosts the city-direct (市直) schools.
        Town hj = new Town("hunjiang", "220602", "浑江区城区", 41.943, 126.416, 5.2, 2.8, 28);
        hj.street("红旗街道", 2, "东兴社区:春城小区,东兴家园", "红旗社区:锦绣花园,红旗小区")
                .street("新建街道", 1, "浑江社区:江城小区,浑江湾", "新建社区:阳光新城,新建小区")
                .street("城南街道", 2, "南山社区:南山花园,城南佳苑")
                .street("东兴街道", 2, "光明社区:光明小区,翡翠城")
                .street("通沟街道", 2, "通沟社区:通沟小区,山水人家")
                .street("江北街道", 2, "江北社区:江北新村,滨江华府")
                .street("河口街道", 3)
                .roads("浑江大街", "建设大街", "民中街", "红旗街", "新开街", "东兴路", "江北路", "通沟路", "河口路", "光明路");
        hj.ruleRoads.add(new RoadSpec("浑江大街", 0, 0.25, 0.78));
        hj.ruleRoads.add(new RoadSpec("建设大街", 90, -0.9, 0.75));
        hj.compoundsPerCell = new int[] {6, 8};
        hj.merges.put(PRIMARY, new int[] {3, 2});
        hj.merges.put(JUNIOR, new int[] {2});
        // school 220602001 (浑江区第一小学, the demo school-staff user's school) stands in 红旗街道, near 东兴社区
        hj.schoolSpecs.add(new SchoolSpec("浑江区第一小学", "220602", PRIMARY, false, r(6, 8), null, new Coordinate(0.30, -0.22)));
        for (int i = 2; i <= 16; i++) {
            hj.school("浑江区第" + ordinal(i) + "小学", "220602", PRIMARY, r(3, 7), null);
        }
        for (String n : List.of("红旗", "江北", "通沟", "河口", "光明")) {
            hj.school("浑江区" + n + "小学", "220602", PRIMARY, r(3, 7), null);
        }
        hj.school("浑江区江北新城小学", "220602", PRIMARY, r(3, 4), null); // newly built, opens 2027
        hj.school("浑江区实验学校", "220602", "PRIMARY|JUNIOR", r(3, 6), r(4, 6));
        for (int i = 1; i <= 9; i++) {
            hj.school("浑江区第" + ordinal(i) + "中学", "220602", JUNIOR, null, r(7, 9));
        }
        hj.school("白山市实验小学", CITY_DIRECT, PRIMARY, r(9, 10), null);
        hj.school("白山市第一实验学校", CITY_DIRECT, "PRIMARY|JUNIOR", r(8, 9), r(8, 9));
        hj.school("白山市第十二中学", CITY_DIRECT, JUNIOR, null, r(9, 9));
        hj.schoolSpecs.add(new SchoolSpec("白山博文学校", "220602", "PRIMARY|JUNIOR", true, r(2, 3), r(3, 4), null));
        hj.schoolSpecs.add(new SchoolSpec("浑江区启明小学", "220602", PRIMARY, true, r(2, 4), null, null));
        towns.add(hj);

        Town jy = new Town("jiangyuan", "220605", "江源区城区", 42.057, 126.591, 3.3, 2.0, -20);
        jy.street("孙家堡子街道", 2, "孙家堡子社区:江源小区,孙家堡子家园")
                .street("城墙街道", 2, "城墙社区:城墙小区,松花苑")
                .street("江源街道", 2, "正阳社区:正阳小区,金桥家园")
                .street("正岔街道", 1, "正岔社区:正岔小区")
                .roads("江源大街", "松花路", "城墙路", "正岔路", "孙家堡子路", "正阳街");
        jy.ruleRoads.add(new RoadSpec("江源大街", 0, 0.2, 0.75));
        jy.merges.put(PRIMARY, new int[] {2});
        for (int i = 1; i <= 5; i++) {
            jy.school("江源区第" + ordinal(i) + "小学", "220605", PRIMARY, r(3, 7), null);
        }
        jy.school("江源区孙家堡子小学", "220605", PRIMARY, r(3, 6), null);
        jy.school("江源区正岔小学", "220605", PRIMARY, r(3, 6), null);
        for (int i = 1; i <= 3; i++) {
            jy.school("江源区第" + ordinal(i) + "中学", "220605", JUNIOR, null, r(7, 9));
        }
        jy.school("江源区正岔中学", "220605", JUNIOR, null, r(6, 8));
        towns.add(jy);

        Town fs = new Town("fusong", "220621", "抚松县城（抚松镇）", 42.332, 127.281, 3.0, 2.0, 40);
        fs.street("抚松镇", 5, "新华社区:人参小区,新华小区", "城中社区:松江名苑")
                .roads("人参大街", "抚松路", "松江路", "新华街", "城中街", "参乡路");
        for (int i = 1; i <= 5; i++) {
            fs.school("抚松县第" + ordinal(i) + "小学", "220621", PRIMARY, r(3, 7), null);
        }
        fs.school("抚松县新华小学", "220621", PRIMARY, r(3, 6), null);
        for (int i = 1; i <= 3; i++) {
            fs.school("抚松县第" + ordinal(i) + "中学", "220621", JUNIOR, null, r(7, 9));
        }
        fs.schoolSpecs.add(new SchoolSpec("抚松县新星小学", "220621", PRIMARY, true, r(2, 3), null, null));
        towns.add(fs);

        Town sjh = new Town("songjianghe", "220621", "松江河镇", 42.183, 127.483, 2.0, 1.3, 10);
        sjh.street("松江河镇", 2, "松江河社区:松江河小区,长白山花园").roads("松江河大街", "前川路", "林海路");
        sjh.compoundsPerCell = new int[] {5, 7};
        sjh.school("抚松县松江河第一小学", "220621", PRIMARY, r(3, 4), null);
        sjh.school("抚松县松江河第二小学", "220621", PRIMARY, r(3, 4), null);
        sjh.school("抚松县松江河中学", "220621", JUNIOR, null, r(5, 6));
        towns.add(sjh);

        Town qy = new Town("quanyang", "220621", "泉阳镇", 42.395, 127.515, 1.3, 0.9, -15);
        qy.street("泉阳镇", 1, "泉阳社区:泉阳小区").roads("泉阳路", "泉林街");
        qy.compoundsPerCell = new int[] {4, 5};
        qy.school("抚松县泉阳学校", "220621", "PRIMARY|JUNIOR", r(2, 2), r(2, 2));
        towns.add(qy);

        Town jyx = new Town("jingyu", "220622", "靖宇县城（靖宇镇）", 42.388, 126.813, 2.8, 2.0, 0);
        jyx.street("靖宇镇", 4, "杨靖宇社区:英雄小区,靖宇花园", "新民社区:新民小区")
                .roads("靖宇大街", "英雄路", "新民街", "东兴街", "白山路");
        for (int i = 1; i <= 4; i++) {
            jyx.school("靖宇县第" + ordinal(i) + "小学", "220622", PRIMARY, r(3, 6), null);
        }
        jyx.school("靖宇县杨靖宇小学", "220622", PRIMARY, r(3, 6), null);
        jyx.school("靖宇县第一中学", "220622", JUNIOR, null, r(8, 9));
        jyx.school("靖宇县第二中学", "220622", JUNIOR, null, r(8, 9));
        towns.add(jyx);

        Town sdh = new Town("sandaohu", "220622", "三道湖镇", 42.466, 126.975, 1.2, 0.9, 20);
        sdh.street("三道湖镇", 1, "三道湖社区:湖畔家园").roads("三道湖路", "湖滨街");
        sdh.compoundsPerCell = new int[] {4, 5};
        sdh.school("靖宇县三道湖学校", "220622", "PRIMARY|JUNIOR", r(2, 2), r(2, 2));
        towns.add(sdh);

        Town cb = new Town("changbai", "220623", "长白县城（长白镇）", 41.420, 128.200, 3.0, 1.4, 15);
        cb.street("长白镇", 4, "民主社区:鸭绿江花园,民主小区", "团结社区:团结小区,白山家园")
                .roads("长白大街", "鸭绿江路", "民主街", "团结街", "望天鹅路");
        for (int i = 1; i <= 3; i++) {
            cb.school("长白朝鲜族自治县第" + ordinal(i) + "小学", "220623", PRIMARY, r(3, 6), null);
        }
        cb.school("长白朝鲜族自治县朝鲜族小学", "220623", PRIMARY, r(3, 5), null);
        cb.school("长白朝鲜族自治县第一中学", "220623", JUNIOR, null, r(7, 9));
        cb.school("长白朝鲜族自治县朝鲜族中学", "220623", JUNIOR, null, r(6, 8));
        towns.add(cb);

        Town bdg = new Town("badaogou", "220623", "八道沟镇", 41.553, 127.880, 1.3, 0.8, 30);
        bdg.street("八道沟镇", 1, "八道沟社区:八道沟小区").roads("八道沟路", "沿江街");
        bdg.compoundsPerCell = new int[] {4, 5};
        bdg.school("长白朝鲜族自治县八道沟学校", "220623", "PRIMARY|JUNIOR", r(2, 2), r(2, 2));
        towns.add(bdg);

        Town lj = new Town("linjiang", "220681", "临江市城区", 41.812, 126.918, 4.6, 2.4, 5);
        lj.street("建国街道", 2, "新市社区:鸭绿江小区,新市花园", "建国社区:建国小区")
                .street("新市街道", 2, "光华社区:光华小区,临江名都")
                .street("大湖街道", 2, "大湖社区:大湖小区")
                .street("森工街道", 2, "森工社区:森工家园")
                .street("兴隆街道", 3)
                .roads("建国大街", "鸭绿江大街", "新市街", "兴隆路", "大湖路", "森工路", "光华路", "临江路");
        lj.ruleRoads.add(new RoadSpec("建国大街", 0, -0.15, 0.78));
        lj.compoundsPerCell = new int[] {6, 8};
        lj.merges.put(PRIMARY, new int[] {2});
        lj.merges.put(JUNIOR, new int[] {2});
        for (int i = 1; i <= 8; i++) {
            lj.school("临江市第" + ordinal(i) + "小学", "220681", PRIMARY, r(3, 7), null);
        }
        for (String n : List.of("建国", "大湖", "森工")) {
            lj.school("临江市" + n + "小学", "220681", PRIMARY, r(3, 6), null);
        }
        lj.school("临江市兴隆学校", "220681", "PRIMARY|JUNIOR", r(3, 5), r(4, 6));
        for (int i = 1; i <= 4; i++) {
            lj.school("临江市第" + ordinal(i) + "中学", "220681", JUNIOR, null, r(7, 9));
        }
        lj.school("临江市森工中学", "220681", JUNIOR, null, r(6, 8));
        lj.schoolSpecs.add(new SchoolSpec("临江市英才中学", "220681", JUNIOR, true, null, r(3, 5), null));
        towns.add(lj);
        return towns;
    }

    static final List<String> COMMUNITY_POOL = List.of(
            "向阳社区", "胜利社区", "和平社区", "幸福社区", "长青社区", "滨江社区", "东山社区", "西山社区", "北山社区",
            "站前社区", "新兴社区", "繁荣社区", "建设社区", "江南社区", "文化社区", "桥东社区", "桥西社区", "青山社区",
            "友谊社区", "育才社区", "松山社区", "民生社区", "利民社区", "兴华社区", "永安社区", "振兴社区", "光荣社区",
            "红光社区", "朝阳社区", "前进社区", "白桦社区", "林海社区", "矿山社区", "电厂社区", "铁路社区", "河南社区",
            "河北社区", "东岗社区", "西岗社区", "南川社区");

    static final List<String> NAME_PREFIX = List.of(
            "阳光", "锦江", "幸福", "和谐", "江景", "长白山", "松花", "金桥", "翠湖", "滨江", "龙山", "凤凰", "盛世",
            "恒盛", "御景", "东方", "世纪", "银河", "紫金", "绿洲", "碧水", "林海", "雪松", "白桦", "枫林", "春晖",
            "朝阳", "盛和", "康乐", "怡和", "嘉禾", "天悦", "宏达", "华阳", "安居", "富民", "兴业", "泰和", "瑞祥",
            "明珠", "鑫源", "丽景", "书香", "江畔", "河畔", "西岭", "东岭", "映山", "望江", "观澜", "百合", "丹枫",
            "青松", "金域", "博雅", "长青", "红枫", "桦林", "人和", "万福", "福源", "祥和", "宜居", "君悦", "星河",
            "天池", "鸿运", "福瑞", "金泰", "聚宝", "山城", "矿工", "林业", "电力", "铁路", "教师", "新华", "光华",
            "仁和", "顺达", "金鼎", "绿景", "锦绣", "福安", "兴隆", "胜利", "振兴", "民生");
    static final List<String> NAME_SUFFIX_OLD = List.of("小区", "花园", "家园", "佳苑", "名苑", "嘉园", "雅苑", "小区", "家园", "小区");
    static final List<String> NAME_SUFFIX_NEW = List.of("华府", "御府", "新城", "名城", "尚府", "悦府", "嘉园", "名苑");

    // ------------------------------------------------------------------ generator state

    final long seed;
    final Path out;
    final List<Town> towns = towns();
    final List<School> schools = new ArrayList<>();
    final List<Zone> zones = new ArrayList<>();
    final List<Compound> compounds = new ArrayList<>();
    final List<RoadRule> roadRules = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();
    final Set<String> usedCompoundNames = new HashSet<>();
    final Map<School, int[]> planSeats = new HashMap<>(); // {pSeats, pReserved, jSeats, jReserved}

    GenerateBaishanDemo(long seed, Path out) {
        this.seed = seed;
        this.out = out;
    }

    Random rnd(String purpose) {
        return new Random(seed * 1_000_003L + purpose.hashCode());
    }

    public static void main(String[] args) throws IOException {
        long seed = 2027;
        Path out = Path.of("deploy/demo-data/baishan");
        boolean checkOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--check-only" -> checkOnly = true;
                default -> {
                    System.err.println("usage: GenerateBaishanDemo [--seed N] [--out DIR] [--check-only]");
                    System.exit(2);
                }
            }
        }
        if (!checkOnly) {
            new GenerateBaishanDemo(seed, out).generate();
        }
        Checker checker = new Checker(out);
        boolean ok = checker.run();
        if (!ok) {
            System.err.println("CHECK FAILED (" + checker.errors.size() + " problem(s)):");
            checker.errors.stream().limit(60).forEach(e -> System.err.println("  - " + e));
            System.exit(1);
        }
    }

    void generate() throws IOException {
        for (Town t : towns) {
            buildTownPolygon(t);
            placeStreetsAndCommunities(t);
        }
        for (Town t : towns) {
            placeSchools(t);
        }
        assignCodes();
        for (Town t : towns) {
            for (String stage : List.of(PRIMARY, JUNIOR)) {
                buildZones(t, stage);
            }
        }
        numberZones();
        for (Town t : towns) { // the population's compound names are taken before any name is generated
            for (Street s : t.streets) {
                for (Community m : s.communities) {
                    for (String name : m.fixedCompounds) {
                        if (!usedCompoundNames.add(name)) {
                            throw new IllegalStateException("compound name used twice: " + name);
                        }
                    }
                }
            }
        }
        for (Town t : towns) {
            placeCompounds(t);
        }
        for (Town t : towns) {
            for (RoadSpec road : t.ruleRoads) {
                roadRules(t, road);
            }
        }
        makePairs();
        makePlansAndCensus();
        write();
    }

    // ------------------------------------------------------------------ towns, streets, communities

    void buildTownPolygon(Town t) {
        Random r = rnd("town:" + t.id);
        double p1 = r.nextDouble() * 2 * StrictMath.PI;
        double p2 = r.nextDouble() * 2 * StrictMath.PI;
        double p3 = r.nextDouble() * 2 * StrictMath.PI;
        double p4 = r.nextDouble() * 2 * StrictMath.PI;
        double h = 3 * (t.a - t.b) * (t.a - t.b) / ((t.a + t.b) * (t.a + t.b));
        double perimeter = StrictMath.PI * (t.a + t.b) * (1 + h / (10 + StrictMath.sqrt(4 - 3 * h)));
        int n = Math.max(60, (int) StrictMath.ceil(perimeter / 0.17));
        double rot = StrictMath.toRadians(t.rotDeg);
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double th = 2 * StrictMath.PI * i / n;
            double f = 1 + 0.07 * StrictMath.sin(2 * th + p1) + 0.05 * StrictMath.sin(3 * th + p2)
                    + 0.03 * StrictMath.sin(5 * th + p3) + 0.015 * StrictMath.sin(9 * th + p4)
                    + 0.01 * (r.nextDouble() - 0.5);
            double ex = t.a * StrictMath.cos(th) * f;
            double ey = t.b * StrictMath.sin(th) * f;
            ring[i] = new Coordinate(
                    ex * StrictMath.cos(rot) - ey * StrictMath.sin(rot), ex * StrictMath.sin(rot) + ey * StrictMath.cos(rot));
        }
        ring[n] = ring[0].copy();
        t.poly = GF.createPolygon(ring);
        if (!t.poly.isValid()) {
            throw new IllegalStateException("town polygon invalid: " + t.id);
        }
        t.prep = PreparedGeometryFactory.prepare(t.poly);
        t.edge = new IndexedFacetDistance(t.poly.getExteriorRing());
    }

    static Point pt(Coordinate c) {
        return GF.createPoint(c);
    }

    /** A random point inside the town (at least {@code margin} km from its edge) that passes {@code ok}, relaxing nothing. */
    static Coordinate sample(Town t, Random r, Envelope in, double margin, Predicate<Coordinate> ok, int tries) {
        for (int i = 0; i < tries; i++) {
            Coordinate c = new Coordinate(
                    in.getMinX() + r.nextDouble() * in.getWidth(), in.getMinY() + r.nextDouble() * in.getHeight());
            Point p = pt(c);
            if (t.prep.contains(p) && t.edge.distance(p) >= margin && ok.test(c)) {
                return c;
            }
        }
        return null;
    }

    static Street nearestStreet(Town t, Coordinate c) {
        Street best = null;
        double d = Double.MAX_VALUE;
        for (Street s : t.streets) {
            double dd = s.seed.distance(c);
            if (dd < d) {
                d = dd;
                best = s;
            }
        }
        return best;
    }

    static Community nearestCommunity(Street s, Coordinate c) {
        Community best = null;
        double d = Double.MAX_VALUE;
        for (Community m : s.communities) {
            double dd = m.seed.distance(c);
            if (dd < d) {
                d = dd;
                best = m;
            }
        }
        return best;
    }

    void placeStreetsAndCommunities(Town t) {
        Random r = rnd("streets:" + t.id);
        Envelope env = t.poly.getEnvelopeInternal();
        double area = t.poly.getArea();
        // fill up the communities from the pool (names unique within the district)
        Set<String> usedCommunities = new HashSet<>();
        for (Town other : towns) {
            if (other.district.equals(t.district)) {
                for (Street s : other.streets) {
                    for (Community c : s.communities) {
                        usedCommunities.add(c.name);
                    }
                }
            }
        }
        for (Street s : t.streets) {
            for (int i = 0; i < s.extraCommunities; i++) {
                String name;
                do {
                    name = COMMUNITY_POOL.get(r.nextInt(COMMUNITY_POOL.size()));
                } while (!usedCommunities.add(name));
                s.communities.add(new Community(name, List.of()));
            }
        }
        // street seeds: the first street at the centre
        double dStreet = 0.75 * StrictMath.sqrt(area / t.streets.size());
        List<Coordinate> placed = new ArrayList<>();
        for (int i = 0; i < t.streets.size(); i++) {
            Coordinate c;
            if (i == 0) {
                c = new Coordinate(0, 0);
            } else {
                double d = dStreet;
                do {
                    double dd = d;
                    c = sample(t, r, env, 0.3, x -> placed.stream().allMatch(p -> p.distance(x) >= dd), 4000);
                    d *= 0.9;
                } while (c == null);
            }
            t.streets.get(i).seed = c;
            placed.add(c);
        }
        // community seeds inside their street's area
        int total = t.streets.stream().mapToInt(s -> s.communities.size()).sum();
        double dComm = 0.6 * StrictMath.sqrt(area / total);
        List<Coordinate> commSeeds = new ArrayList<>();
        for (Street s : t.streets) {
            for (Community m : s.communities) {
                if (t.district.equals("220602") && m.name.equals("东兴社区")) {
                    m.seed = new Coordinate(0.40, -0.02); // next to 浑江区第一小学 (see schoolSpecs)
                    commSeeds.add(m.seed);
                    continue;
                }
                Coordinate c;
                double d = dComm;
                do {
                    double dd = d;
                    c = sample(t, r, env, 0.2,
                            x -> nearestStreet(t, x) == s && commSeeds.stream().allMatch(p -> p.distance(x) >= dd), 4000);
                    d *= 0.85;
                } while (c == null);
                m.seed = c;
                commSeeds.add(c);
            }
        }
    }

    // ------------------------------------------------------------------ schools

    void placeSchools(Town t) {
        Random r = rnd("schools:" + t.id);
        Envelope env = t.poly.getEnvelopeInternal();
        double inner = t.poly.buffer(-0.35).getArea();
        long nP = t.schoolSpecs.stream().filter(s -> !s.isPrivate() && s.stages().contains(PRIMARY)).count();
        long nJ = t.schoolSpecs.stream().filter(s -> !s.isPrivate() && s.stages().contains(JUNIOR)).count();
        double dP0 = 0.62 * StrictMath.sqrt(inner / Math.max(1, nP));
        double dJ0 = 0.62 * StrictMath.sqrt(inner / Math.max(1, nJ));
        for (SchoolSpec spec : t.schoolSpecs) {
            boolean p = spec.stages().contains(PRIMARY);
            boolean j = spec.stages().contains(JUNIOR);
            School s = new School(spec.name(), spec.district(), p, j, spec.isPrivate(), t);
            Coordinate c = spec.at();
            // a school named after a street (江北小学, 正岔中学, …) stands in that street's area
            String ownName = spec.name().startsWith(t.districtName()) ? spec.name().substring(t.districtName().length()) : spec.name();
            Street home = t.streets.size() < 2 ? null : t.streets.stream()
                    .filter(st -> ownName.contains(st.name.replace("街道", "")))
                    .findFirst()
                    .orElse(null);
            double dP = dP0;
            double dJ = dJ0;
            while (c == null) {
                double fp = dP;
                double fj = dJ;
                c = sample(t, r, env, 0.35, x -> {
                    if (home != null && nearestStreet(t, x) != home) {
                        return false;
                    }
                    for (School o : t.schools) {
                        double d = o.loc.distance(x);
                        if (d < 0.25) {
                            return false;
                        }
                        if (!s.isPrivate && !o.isPrivate && ((p && o.p && d < fp) || (j && o.j && d < fj))) {
                            return false;
                        }
                    }
                    return true;
                }, 3000);
                dP *= 0.95;
                dJ *= 0.95;
            }
            s.loc = c;
            s.pClasses = p ? spec.pRange()[0] + r.nextInt(spec.pRange()[1] - spec.pRange()[0] + 1) : 0;
            s.jClasses = j ? spec.jRange()[0] + r.nextInt(spec.jRange()[1] - spec.jRange()[0] + 1) : 0;
            int roll = r.nextInt(100);
            s.tier = spec.district().equals(CITY_DIRECT) ? 2 : roll < 25 ? 2 : roll < 75 ? 1 : 0;
            Street street = nearestStreet(t, c);
            s.street = street.name;
            String place = spec.district().equals(CITY_DIRECT) ? "浑江区" : t.districtName();
            s.address = "吉林省白山市" + place + street.name + t.addressRoads.get(r.nextInt(t.addressRoads.size()))
                    + (1 + r.nextInt(399)) + "号";
            s.lon = fmt6(t.lon(c.x));
            s.lat = fmt6(t.lat(c.y));
            t.schools.add(s);
            s.order = schools.size();
            schools.add(s);
        }
    }

    void assignCodes() {
        Random r = rnd("codes");
        Map<String, Integer> next = new HashMap<>();
        List<School> sorted = new ArrayList<>(schools);
        sorted.sort(Comparator.comparing((School s) -> s.district)
                .thenComparingInt(s -> s.isPrivate ? 3 : s.both() ? 1 : s.p ? 0 : 2)
                .thenComparingInt(s -> s.order));
        Set<String> hotlines = new HashSet<>();
        for (School s : sorted) {
            int n = next.merge(s.district, 1, Integer::sum);
            s.code = s.district + String.format("%03d", n);
            String h;
            do {
                h = "0439-" + HOTLINE_PREFIX.get(s.district) + String.format("%05d", r.nextInt(100000));
            } while (!hotlines.add(h));
            s.hotline = h;
        }
        schools.sort(Comparator.comparing(s -> s.code));
        School first = schools.stream().filter(s -> s.code.equals("220602001")).findFirst().orElseThrow();
        if (!first.name.equals("浑江区第一小学")) {
            throw new IllegalStateException("220602001 must be 浑江区第一小学, got " + first.name);
        }
    }

    // ------------------------------------------------------------------ zones

    void buildZones(Town t, String stage) {
        List<School> seeds = t.schools.stream().filter(s -> !s.isPrivate && s.has(stage)).toList();
        if (seeds.isEmpty()) {
            throw new IllegalStateException("no " + stage + " school in " + t.id);
        }
        Random r = rnd("tiling:" + t.id + ":" + stage);
        Map<School, Geometry> cells = null;
        double spacing = 0.16;
        for (int attempt = 0; attempt < 40; attempt++) {
            cells = tile(t, seeds, spacing, r);
            int min = cells.values().stream().mapToInt(GenerateBaishanDemo::vertices).min().orElse(0);
            if (min >= 32) {
                break;
            }
            spacing *= 0.85;
            cells = null;
        }
        if (cells == null) {
            throw new IllegalStateException("could not tile " + t.id + " " + stage + " with >= 32 vertices per zone");
        }
        // merge neighbouring cells into multi-school zones
        Set<School> merged = new HashSet<>();
        int[] sizes = t.merges.getOrDefault(stage, new int[0]);
        Random mr = rnd("merge:" + t.id + ":" + stage);
        List<List<School>> groups = new ArrayList<>();
        for (int size : sizes) {
            List<School> eligible = seeds.stream()
                    .filter(s -> !s.both() && !s.district.equals(CITY_DIRECT) && !merged.contains(s)
                            && !"浑江区第一小学".equals(s.name))
                    .toList();
            List<School> group = null;
            for (int tries = 0; tries < 200 && group == null; tries++) {
                List<School> g = new ArrayList<>();
                g.add(eligible.get(mr.nextInt(eligible.size())));
                Geometry geom = cells.get(g.get(0));
                while (g.size() < size) {
                    Geometry gg = geom;
                    List<School> candidates = new ArrayList<>();
                    for (School c : eligible) {
                        if (!g.contains(c) && sharedLength(gg, cells.get(c)) > 0.4) {
                            candidates.add(c);
                        }
                    }
                    if (candidates.isEmpty()) {
                        break;
                    }
                    School pick = candidates.get(mr.nextInt(candidates.size()));
                    g.add(pick);
                    geom = UnaryUnionOp.union(List.of(geom, cells.get(pick)));
                }
                if (g.size() == size && geom instanceof Polygon) {
                    group = g;
                }
            }
            if (group == null) {
                throw new IllegalStateException("could not form a multi-school zone in " + t.id + " " + stage);
            }
            merged.addAll(group);
            groups.add(group);
        }
        for (School s : seeds) {
            if (!merged.contains(s)) {
                groups.add(List.of(s));
            }
        }
        for (List<School> g : groups) {
            List<School> members = new ArrayList<>(g);
            members.sort(Comparator.comparing(s -> s.code));
            List<Geometry> parts = members.stream().map(cells::get).toList();
            Geometry geom = parts.size() == 1 ? parts.get(0) : UnaryUnionOp.union(parts);
            Zone z = new Zone(members.get(0).district, stage, t, members, geom);
            z.prep = PreparedGeometryFactory.prepare(geom);
            z.edge = new IndexedFacetDistance(geom.getBoundary());
            zones.add(z);
        }
    }

    static double sharedLength(Geometry a, Geometry b) {
        if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
            return 0;
        }
        return OverlayNGRobust.overlay(a.getBoundary(), b.getBoundary(), OverlayNG.INTERSECTION).getLength();
    }

    static int vertices(Geometry g) {
        int n = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            n += p.getExteriorRing().getNumPoints() - 1;
            for (int k = 0; k < p.getNumInteriorRing(); k++) {
                n += p.getInteriorRingN(k).getNumPoints() - 1;
            }
        }
        return n;
    }

    /**
     * Tiles the town polygon by the Voronoi cells of the seeds. The Voronoi edges are densified and
     * given a small, smooth wiggle (so boundaries look drawn, not ruled), then noded together with the
     * town boundary and polygonised: neighbouring zones therefore share exactly the same edge vertices,
     * and the faces cover the town without gaps or overlaps.
     */
    static Map<School, Geometry> tile(Town t, List<School> seeds, double spacing, Random r) {
        Map<School, Geometry> cells = new LinkedHashMap<>();
        if (seeds.size() == 1) {
            cells.put(seeds.get(0), t.poly);
            return cells;
        }
        VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
        vb.setSites(seeds.stream().map(s -> s.loc).toList());
        Envelope clip = new Envelope(t.poly.getEnvelopeInternal());
        clip.expandBy(3.0);
        vb.setClipEnvelope(clip);
        Geometry diagram = vb.getDiagram(GF);
        List<Geometry> boundaries = new ArrayList<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            boundaries.add(diagram.getGeometryN(i).getBoundary());
        }
        Geometry noded = UnaryUnionOp.union(boundaries);
        LineMerger merger = new LineMerger();
        merger.add(noded);
        List<LineString> lines = new ArrayList<>();
        for (Object o : merger.getMergedLineStrings()) {
            lines.add((LineString) o);
        }
        lines.sort(Comparator.comparingDouble((LineString l) -> l.getCoordinateN(0).x)
                .thenComparingDouble(l -> l.getCoordinateN(0).y)
                .thenComparingDouble(l -> l.getCoordinateN(l.getNumPoints() - 1).x)
                .thenComparingDouble(l -> l.getCoordinateN(l.getNumPoints() - 1).y));
        List<Geometry> linework = new ArrayList<>();
        Envelope townEnv = t.poly.getEnvelopeInternal();
        for (LineString l : lines) {
            if (l.getEnvelopeInternal().intersects(townEnv)) {
                linework.add(wiggle(l, spacing, t, r));
            }
        }
        linework.add(t.poly.getExteriorRing());
        Geometry all = UnaryUnionOp.union(linework);
        Polygonizer pz = new Polygonizer();
        pz.add(all);
        Map<School, List<Geometry>> faces = new LinkedHashMap<>();
        for (Object o : pz.getPolygons()) {
            Polygon face = (Polygon) o;
            Point inside = face.getInteriorPoint();
            if (!t.prep.contains(inside)) {
                continue;
            }
            School owner = null;
            for (School s : seeds) {
                if (face.contains(pt(s.loc))) {
                    owner = s;
                    break;
                }
            }
            if (owner == null) {
                double d = Double.MAX_VALUE;
                for (School s : seeds) {
                    double dd = s.loc.distance(inside.getCoordinate());
                    if (dd < d) {
                        d = dd;
                        owner = s;
                    }
                }
            }
            faces.computeIfAbsent(owner, k -> new ArrayList<>()).add(face);
        }
        double sum = 0;
        for (School s : seeds) {
            List<Geometry> f = faces.get(s);
            if (f == null) {
                throw new IllegalStateException("school without a cell: " + s.name);
            }
            Geometry g = f.size() == 1 ? f.get(0) : UnaryUnionOp.union(f);
            cells.put(s, g);
            sum += g.getArea();
        }
        if (StrictMath.abs(sum - t.poly.getArea()) > 1e-9 * t.poly.getArea()) {
            throw new IllegalStateException("tiling of " + t.id + " does not cover the town: " + sum + " vs " + t.poly.getArea());
        }
        return cells;
    }

    static LineString wiggle(LineString l, double spacing, Town t, Random r) {
        Coordinate[] c = l.getCoordinates();
        double total = l.getLength();
        List<Coordinate> out = new ArrayList<>();
        out.add(c[0].copy());
        double s0 = 0;
        double w = 0;
        double amp = 0.05;
        for (int i = 0; i < c.length - 1; i++) {
            Coordinate p = c[i];
            Coordinate q = c[i + 1];
            double len = p.distance(q);
            int n = Math.max(1, (int) StrictMath.ceil(len / spacing));
            double ux = (q.x - p.x) / len;
            double uy = (q.y - p.y) / len;
            for (int k = 1; k < n; k++) {
                double f = (double) k / n;
                double s = s0 + f * len;
                double x = p.x + f * (q.x - p.x);
                double y = p.y + f * (q.y - p.y);
                w = 0.55 * w + 0.9 * (r.nextDouble() * 2 - 1);
                w = Math.max(-1, Math.min(1, w));
                double edgeDistance = t.edge.distance(pt(new Coordinate(x, y)));
                double a = Math.min(amp, Math.min(0.25 * Math.min(s, total - s), 0.3 * edgeDistance));
                out.add(new Coordinate(x - uy * a * w, y + ux * a * w));
            }
            out.add(q.copy());
            s0 += len;
        }
        return GF.createLineString(out.toArray(Coordinate[]::new));
    }

    void numberZones() {
        Map<String, List<Zone>> byPlan = new TreeMap<>();
        for (Zone z : zones) {
            byPlan.computeIfAbsent(z.district + "-" + z.stage.charAt(0), k -> new ArrayList<>()).add(z);
        }
        for (Map.Entry<String, List<Zone>> e : byPlan.entrySet()) {
            List<Zone> list = e.getValue();
            list.sort(Comparator.comparing(z -> z.schools.get(0).code));
            for (int i = 0; i < list.size(); i++) {
                Zone z = list.get(i);
                z.code = e.getKey() + "-" + String.format("%02d", i + 1);
                z.name = zoneName(z);
                // normalise first: JTS' planar graphs iterate hash sets, so a ring's first vertex is not stable otherwise
                Geometry normal = z.km.copy();
                normal.normalize();
                z.wgs = toWgs(z.town, normal);
            }
        }
        zones.sort(Comparator.comparing(z -> z.code));
    }

    static String zoneName(Zone z) {
        if (!z.multi()) {
            School s = z.schools.get(0);
            return s.name + (s.both() ? (PRIMARY.equals(z.stage) ? "小学部" : "初中部") : "") + "学区";
        }
        String prefix = CITY_DIRECT.equals(z.district) ? "白山市" : DISTRICTS.get(z.district);
        StringBuilder b = new StringBuilder(z.schools.get(0).name);
        for (int i = 1; i < z.schools.size(); i++) {
            String n = z.schools.get(i).name;
            b.append("、").append(n.startsWith(prefix) ? n.substring(prefix.length()) : n);
        }
        return b.append("多校划片学区").toString();
    }

    /** Converts a km-frame polygonal geometry to WGS84, rounded to 6 decimals exactly as written. */
    static Geometry toWgs(Town t, Geometry km) {
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < km.getNumGeometries(); i++) {
            Polygon p = (Polygon) km.getGeometryN(i);
            LinearRing shell = wgsRing(t, p.getExteriorRing().getCoordinates(), true);
            LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
            for (int k = 0; k < holes.length; k++) {
                holes[k] = wgsRing(t, p.getInteriorRingN(k).getCoordinates(), false);
            }
            polys.add(GF.createPolygon(shell, holes));
        }
        return polys.size() == 1 ? polys.get(0) : GF.createMultiPolygon(polys.toArray(Polygon[]::new));
    }

    static LinearRing wgsRing(Town t, Coordinate[] km, boolean ccw) {
        List<Coordinate> c = new ArrayList<>();
        for (Coordinate k : km) {
            Coordinate w = new Coordinate(
                    Double.parseDouble(fmt6(t.lon(k.x))), Double.parseDouble(fmt6(t.lat(k.y))));
            if (c.isEmpty() || !c.get(c.size() - 1).equals2D(w)) {
                c.add(w);
            }
        }
        Coordinate[] ring = c.toArray(Coordinate[]::new);
        if (Orientation.isCCW(ring) != ccw) {
            List<Coordinate> rev = new ArrayList<>(List.of(ring));
            java.util.Collections.reverse(rev);
            ring = rev.toArray(Coordinate[]::new);
        }
        return GF.createLinearRing(ring);
    }

    static String fmt6(double d) {
        return new BigDecimal(d).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    // ------------------------------------------------------------------ compounds (address rules)

    Zone zoneAt(Town t, String stage, Coordinate c) {
        Point p = pt(c);
        for (Zone z : zones) {
            if (z.town == t && z.stage.equals(stage) && z.prep.contains(p)) {
                return z;
            }
        }
        return null;
    }

    boolean wellInside(Town t, Coordinate c, double margin) {
        Point p = pt(c);
        Zone zp = zoneAt(t, PRIMARY, c);
        Zone zj = zoneAt(t, JUNIOR, c);
        return zp != null && zj != null && zp.edge.distance(p) >= margin && zj.edge.distance(p) >= margin;
    }

    void placeCompounds(Town t) {
        Random r = rnd("compounds:" + t.id);
        // fixed compounds (shared with the partner-simulator's population) first, in their community's area
        for (Street s : t.streets) {
            for (Community m : s.communities) {
                for (String name : m.fixedCompounds) {
                    boolean zhang = name.equals("春城小区");
                    Coordinate c = null;
                    for (double radius = 0.4; c == null && radius < 8; radius *= 1.5) {
                        Envelope around = new Envelope(m.seed);
                        around.expandBy(radius);
                        c = sample(t, r, around, 0.1, x -> nearestStreet(t, x) == s
                                && nearestCommunity(s, x) == m
                                && wellInside(t, x, 0.05)
                                && farFromCompounds(t, x, 0.1)
                                && (!zhang || zoneAt(t, PRIMARY, x).schools.stream().anyMatch(z -> z.code.equals("220602001"))),
                                3000);
                    }
                    if (c == null) {
                        throw new IllegalStateException("no place for " + name);
                    }
                    addCompound(t, s.name, m.name, name, null, c);
                }
            }
        }
        // generated compounds, zone by zone
        List<Zone> pZones = zones.stream().filter(z -> z.town == t && z.stage.equals(PRIMARY)).toList();
        for (Zone z : pZones) {
            int n = (t.compoundsPerCell[0] + r.nextInt(t.compoundsPerCell[1] - t.compoundsPerCell[0] + 1)) * z.schools.size();
            long have = compounds.stream().filter(c -> c.pz == z).count();
            boolean newSchool = z.schools.stream().anyMatch(s -> s.name.equals("浑江区江北新城小学"));
            for (long i = have; i < n; i++) {
                boolean isNew = (newSchool && i - have < 2) || r.nextInt(100) < 11;
                generatedCompound(t, z, r, isNew);
            }
        }
        for (Zone z : zones.stream().filter(z -> z.town == t && z.stage.equals(JUNIOR)).toList()) {
            while (compounds.stream().filter(c -> c.jz == z).count() < 4) {
                generatedCompound(t, z, r, r.nextInt(100) < 10);
            }
        }
    }

    boolean farFromCompounds(Town t, Coordinate c, double d) {
        for (Compound o : compounds) {
            if (o.town == t && o.km.distance(c) < d) {
                return false;
            }
        }
        return true;
    }

    void generatedCompound(Town t, Zone z, Random r, boolean isNew) {
        Coordinate c = null;
        double d = 0.14;
        Envelope env = z.km.getEnvelopeInternal();
        while (c == null) {
            double dd = d;
            c = sample(t, r, env, 0.05,
                    x -> z.prep.contains(pt(x)) && wellInside(t, x, 0.05) && farFromCompounds(t, x, dd), 2000);
            d *= 0.8;
            if (d < 0.01) {
                throw new IllegalStateException("no room for a compound in " + z.code);
            }
        }
        Street s = nearestStreet(t, c);
        Community m = nearestCommunity(s, c);
        String name;
        do {
            List<String> suffixes = isNew ? NAME_SUFFIX_NEW : NAME_SUFFIX_OLD;
            name = NAME_PREFIX.get(r.nextInt(NAME_PREFIX.size())) + suffixes.get(r.nextInt(suffixes.size()));
        } while (!parsesAsCompound(name) || !usedCompoundNames.add(name));
        Integer built = isNew ? 2025 + r.nextInt(3) : null;
        addCompound(t, s.name, m.name, name, built, c);
    }

    /** Generated names: recognised whole by the address parser, and nothing in them that reads as a street or community. */
    static boolean parsesAsCompound(String name) {
        return endsAsCompound(name) && !name.contains("村") && !name.contains("镇") && !name.contains("乡");
    }

    /** Would catchment-service's address parser (Addresses.COMPOUND) take the whole name as the compound? */
    static boolean endsAsCompound(String name) {
        var m = COMPOUND_NAME.matcher(name);
        return m.find() && m.group(1).equals(name);
    }

    void addCompound(Town t, String street, String community, String name, Integer built, Coordinate c) {
        Compound k = new Compound(t, street, community, name, built, c);
        k.pz = zoneAt(t, PRIMARY, c);
        k.jz = zoneAt(t, JUNIOR, c);
        k.lon = fmt6(t.lon(c.x));
        k.lat = fmt6(t.lat(c.y));
        compounds.add(k);
    }

    // ------------------------------------------------------------------ road + house-number rules

    void roadRules(Town t, RoadSpec road) {
        double rot = StrictMath.toRadians(t.rotDeg + road.angleDeg());
        double half = road.halfLengthKm() * (road.angleDeg() == 0 ? t.a : t.b);
        int steps = 80;
        Coordinate[] line = new Coordinate[steps + 1];
        for (int i = 0; i <= steps; i++) {
            double u = -half + 2 * half * i / steps;
            double v = road.offsetKm() + 0.12 * StrictMath.sin(StrictMath.PI * u / half);
            line[i] = new Coordinate(
                    u * StrictMath.cos(rot) - v * StrictMath.sin(rot), u * StrictMath.sin(rot) + v * StrictMath.cos(rot));
        }
        LineString ls = GF.createLineString(line);
        double pairSpacing = 0.05;
        int pairs = (int) (ls.getLength() / pairSpacing);
        List<Coordinate[]> sides = new ArrayList<>(); // [odd side, even side] per house pair k = 1..
        for (int k = 1; k <= pairs; k++) {
            double s = k * pairSpacing;
            Coordinate[] at = pointAndNormal(line, s);
            Coordinate odd = new Coordinate(at[0].x + at[1].x * 0.03, at[0].y + at[1].y * 0.03);
            Coordinate even = new Coordinate(at[0].x - at[1].x * 0.03, at[0].y - at[1].y * 0.03);
            if (!t.prep.contains(pt(odd)) || !t.prep.contains(pt(even))) {
                break;
            }
            sides.add(new Coordinate[] {odd, even});
        }
        // the road starts and ends where both of its sides lie in the same zones (no lone number 1 across a zone edge)
        Predicate<Coordinate[]> agrees = pair -> zoneAt(t, PRIMARY, pair[0]) == zoneAt(t, PRIMARY, pair[1])
                && zoneAt(t, JUNIOR, pair[0]) == zoneAt(t, JUNIOR, pair[1]);
        while (!sides.isEmpty() && !agrees.test(sides.get(0))) {
            sides.remove(0);
        }
        while (!sides.isEmpty() && !agrees.test(sides.get(sides.size() - 1))) {
            sides.remove(sides.size() - 1);
        }
        for (String stage : List.of(PRIMARY, JUNIOR)) {
            int n = sides.size();
            Zone[] oddZone = new Zone[n];
            Zone[] evenZone = new Zone[n];
            for (int k = 0; k < n; k++) {
                oddZone[k] = zoneAt(t, stage, sides.get(k)[0]);
                evenZone[k] = zoneAt(t, stage, sides.get(k)[1]);
                if (oddZone[k] == null || evenZone[k] == null) {
                    n = k;
                    break;
                }
            }
            // runs per side: house number of pair k (0-based) is 2k+1 (odd) and 2k+2 (even)
            List<int[]> oddRuns = runs(oddZone, n);
            List<int[]> evenRuns = runs(evenZone, n);
            List<RoadRule> rules = new ArrayList<>();
            boolean[] evenUsed = new boolean[evenRuns.size()];
            for (int[] o : oddRuns) {
                boolean combined = false;
                for (int e = 0; e < evenRuns.size(); e++) {
                    int[] ev = evenRuns.get(e);
                    // one ALL range when its odd numbers are exactly the odd run and its even numbers the even run
                    int from = Math.min(2 * o[0] + 1, 2 * ev[0] + 2);
                    int to = Math.max(2 * o[1] + 1, 2 * ev[1] + 2);
                    boolean oddsFit = (from % 2 == 1 ? from : from + 1) == 2 * o[0] + 1
                            && (to % 2 == 1 ? to : to - 1) == 2 * o[1] + 1;
                    boolean evensFit = (from % 2 == 0 ? from : from + 1) == 2 * ev[0] + 2
                            && (to % 2 == 0 ? to : to - 1) == 2 * ev[1] + 2;
                    if (!evenUsed[e] && oddZone[o[0]] == evenZone[ev[0]] && oddsFit && evensFit) {
                        rules.add(new RoadRule(oddZone[o[0]], t.district, road.name(), from, to, "ALL"));
                        evenUsed[e] = true;
                        combined = true;
                        break;
                    }
                }
                if (!combined) {
                    rules.add(new RoadRule(oddZone[o[0]], t.district, road.name(), 2 * o[0] + 1, 2 * o[1] + 1, "ODD"));
                }
            }
            for (int e = 0; e < evenRuns.size(); e++) {
                if (!evenUsed[e]) {
                    int[] ev = evenRuns.get(e);
                    rules.add(new RoadRule(evenZone[ev[0]], t.district, road.name(), 2 * ev[0] + 2, 2 * ev[1] + 2, "EVEN"));
                }
            }
            roadRules.addAll(rules);
        }
    }

    /** Maximal runs [first, last] (pair indices) of consecutive pairs in the same zone. */
    static List<int[]> runs(Zone[] zone, int n) {
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= n; k++) {
            if (k == n || zone[k] != zone[start]) {
                runs.add(new int[] {start, k - 1});
                start = k;
            }
        }
        return runs;
    }

    static Coordinate[] pointAndNormal(Coordinate[] line, double s) {
        double acc = 0;
        for (int i = 0; i < line.length - 1; i++) {
            double len = line[i].distance(line[i + 1]);
            if (acc + len >= s) {
                double f = (s - acc) / len;
                double ux = (line[i + 1].x - line[i].x) / len;
                double uy = (line[i + 1].y - line[i].y) / len;
                return new Coordinate[] {
                    new Coordinate(line[i].x + f * (line[i + 1].x - line[i].x), line[i].y + f * (line[i + 1].y - line[i].y)),
                    new Coordinate(-uy, ux)
                };
            }
            acc += len;
        }
        throw new IllegalArgumentException("beyond the end of the road");
    }

    // ------------------------------------------------------------------ pairs, plans, census

    static double km(School a, School b) {
        double dx = (Double.parseDouble(a.lon) - Double.parseDouble(b.lon)) * 82.7;
        double dy = (Double.parseDouble(a.lat) - Double.parseDouble(b.lat)) * KM_PER_DEG_LAT;
        return StrictMath.sqrt(dx * dx + dy * dy);
    }

    void makePairs() {
        Random r = rnd("pairs");
        for (String district : DISTRICTS.keySet()) {
            List<School> juniors = schools.stream().filter(s -> s.district.equals(district) && !s.isPrivate && s.j).toList();
            List<School> primaries = schools.stream().filter(s -> s.district.equals(district) && !s.isPrivate && s.p && !s.j).toList();
            Map<School, List<School>> receives = new LinkedHashMap<>();
            Map<School, Integer> target = new HashMap<>();
            Set<School> assigned = new HashSet<>();
            List<Pair> result = new ArrayList<>();
            for (School j : juniors) {
                receives.put(j, new ArrayList<>());
                if (j.p) {
                    receives.get(j).add(j);
                    result.add(new Pair(j, j, "九年一贯制校内直升"));
                    target.put(j, 1);
                } else {
                    target.put(j, 1 + r.nextInt(3));
                }
            }
            List<School> jOnly = juniors.stream().filter(j -> !j.p).toList();
            // one strong junior takes a weak primary (强弱搭配)
            School strong = jOnly.stream().filter(j -> j.tier == 2).findFirst().orElse(jOnly.isEmpty() ? null : jOnly.get(0));
            if (strong != null && primaries.size() > jOnly.size()) {
                strong.tier = 2;
                School weak = primaries.stream().filter(p -> p.tier == 0).min(Comparator.comparingDouble(p -> km(p, strong)))
                        .orElse(primaries.get(primaries.size() - 1));
                weak.tier = 0;
                receives.get(strong).add(weak);
                assigned.add(weak);
                target.put(strong, Math.max(target.get(strong), 2));
            }
            for (School j : jOnly) {
                if (receives.get(j).isEmpty()) {
                    primaries.stream().filter(p -> !assigned.contains(p)).min(Comparator.comparingDouble(p -> km(p, j)))
                            .ifPresent(p -> {
                                receives.get(j).add(p);
                                assigned.add(p);
                            });
                }
            }
            List<School> rest = new ArrayList<>(primaries.stream().filter(p -> !assigned.contains(p)).toList());
            rest.sort(Comparator.comparingDouble(p -> jOnly.stream().mapToDouble(j -> km(p, j)).min().orElse(0)));
            for (School p : rest) {
                jOnly.stream()
                        .filter(j -> receives.get(j).size() < target.get(j))
                        .min(Comparator.comparingDouble(j -> km(p, j)))
                        .filter(j -> km(p, j) < 6)
                        .ifPresent(j -> {
                            receives.get(j).add(p);
                            assigned.add(p);
                        });
            }
            for (School j : jOnly) {
                for (School p : receives.get(j)) {
                    String note = j.tier == 2 && p.tier == 0
                            ? "强弱搭配：优质初中对口薄弱小学"
                            : j.tier == 0 && p.tier == 2 ? "强弱搭配：优质小学对口薄弱初中" : "就近对口直升";
                    result.add(new Pair(p, j, note));
                }
            }
            pairs.addAll(result);
        }
        pairs.sort(Comparator.comparing((Pair p) -> p.junior().code).thenComparing(p -> p.primary().code));
    }

    void makePlansAndCensus() {
        Random r = rnd("plans");
        List<School> publicOnes = schools.stream().filter(s -> !s.isPrivate).toList();
        Set<School> reduced = new HashSet<>();
        while (reduced.size() < 3) {
            reduced.add(publicOnes.get(r.nextInt(publicOnes.size())));
        }
        for (School s : schools) {
            int[] plan = new int[4];
            if (s.p) {
                plan[0] = s.seats(PRIMARY) - (reduced.contains(s) ? 3 + r.nextInt(7) : 0);
                plan[1] = s.isPrivate ? 0 : r.nextInt(6);
            }
            if (s.j) {
                plan[2] = s.seats(JUNIOR) - (reduced.contains(s) && !s.p ? 3 + r.nextInt(7) : 0);
                plan[3] = s.isPrivate ? 0 : r.nextInt(6);
            }
            planSeats.put(s, plan);
        }
        Random c = rnd("census");
        List<Zone> pz = zones.stream().filter(z -> z.stage.equals(PRIMARY)).toList();
        List<Zone> jz = zones.stream().filter(z -> z.stage.equals(JUNIOR)).toList();
        Set<Zone> hot = new HashSet<>();
        hot.add(pz.stream().filter(z -> z.schools.stream().anyMatch(s -> s.code.equals("220602001"))).findFirst().orElseThrow());
        while (hot.size() < 4) {
            hot.add(pz.get(c.nextInt(pz.size())));
        }
        while (hot.size() < 6) {
            hot.add(jz.get(c.nextInt(jz.size())));
        }
        for (Zone z : zones) {
            // hot zones exceed the schools' seatsPerYear (what catchment-service assesses) by 12-36 %, and the
            // plan seats (a few are lower) by at most 40 %; the others stay under 95 % of the plan seats
            int seats = zoneSeats(z);
            if (hot.contains(z)) {
                double ratio = 1.12 + 0.24 * c.nextDouble();
                int schoolSeats = z.schools.stream().mapToInt(s -> s.seats(z.stage)).sum();
                z.children2027 = (int) StrictMath.ceil(schoolSeats * ratio);
                z.children2026 = (int) StrictMath.round(z.children2027 * (0.86 + 0.10 * c.nextDouble()));
            } else {
                double ratio = 0.62 + 0.33 * c.nextDouble();
                z.children2027 = (int) StrictMath.floor(seats * ratio);
                z.children2026 = (int) StrictMath.round(z.children2027 * (0.92 + 0.16 * c.nextDouble()));
            }
        }
    }

    int zoneSeats(Zone z) {
        int seats = 0;
        for (School s : z.schools) {
            seats += planSeats.get(s)[PRIMARY.equals(z.stage) ? 0 : 2];
        }
        return seats;
    }

    // ------------------------------------------------------------------ writing

    static String row(Object... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? "" : values[i].toString();
            if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
                throw new IllegalStateException("CSV value needs quoting: " + v);
            }
            if (i > 0) {
                b.append(',');
            }
            b.append(v);
        }
        return b.append('\n').toString();
    }

    void write() throws IOException {
        Files.createDirectories(out);
        StringBuilder b = new StringBuilder(row(
                "code", "name", "districtCode", "stages", "ownership", "lon", "lat", "classesPerYear", "seatsPerYear",
                "address", "hotline"));
        for (School s : schools) {
            String stages = s.both() ? "PRIMARY|JUNIOR" : s.p ? PRIMARY : JUNIOR;
            String classes = s.both() ? s.pClasses + "|" + s.jClasses : String.valueOf(s.p ? s.pClasses : s.jClasses);
            String seats = s.both()
                    ? s.seats(PRIMARY) + "|" + s.seats(JUNIOR)
                    : String.valueOf(s.p ? s.seats(PRIMARY) : s.seats(JUNIOR));
            b.append(row(s.code, s.name, s.district, stages, s.isPrivate ? "PRIVATE" : "PUBLIC", s.lon, s.lat, classes,
                    seats, s.address, s.hotline));
        }
        writeFile("schools.csv", b);

        b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            b.append("{\"type\":\"Feature\",\"properties\":{\"zoneCode\":\"").append(z.code)
                    .append("\",\"name\":\"").append(z.name)
                    .append("\",\"districtCode\":\"").append(z.district)
                    .append("\",\"stage\":\"").append(z.stage)
                    .append("\",\"type\":\"").append(z.multi() ? "MULTI" : "SINGLE")
                    .append("\",\"schoolCodes\":[");
            for (int k = 0; k < z.schools.size(); k++) {
                b.append(k > 0 ? "," : "").append('"').append(z.schools.get(k).code).append('"');
            }
            b.append("]},\"geometry\":").append(geoJson(z.wgs)).append('}').append(i < zones.size() - 1 ? ",\n" : "\n");
        }
        b.append("]}\n");
        writeFile("zones.geojson", b);

        b = new StringBuilder(row(
                "zoneCode", "districtCode", "street", "community", "compound", "road", "numberFrom", "numberTo", "parity",
                "builtYear", "lon", "lat"));
        List<String[]> rules = new ArrayList<>();
        for (Compound k : compounds) {
            for (Zone z : List.of(k.pz, k.jz)) {
                rules.add(new String[] {z.code, k.town.district, k.street, k.community, k.name, "", "", "", "",
                    k.builtYear == null ? "" : k.builtYear.toString(), k.lon, k.lat});
            }
        }
        rules.sort(Comparator.comparing((String[] x) -> x[0]).thenComparing(x -> x[2]).thenComparing(x -> x[3])
                .thenComparing(x -> x[4]));
        List<String[]> roads = new ArrayList<>();
        for (RoadRule rr : roadRules) {
            roads.add(new String[] {rr.zone().code, rr.district(), "", "", "", rr.road(), String.valueOf(rr.from()),
                String.valueOf(rr.to()), rr.parity(), "", "", ""});
        }
        roads.sort(Comparator.comparing((String[] x) -> x[0]).thenComparing(x -> x[5])
                .thenComparingInt(x -> Integer.parseInt(x[6])).thenComparing(x -> x[8]));
        for (String[] x : rules) {
            b.append(row((Object[]) x));
        }
        for (String[] x : roads) {
            b.append(row((Object[]) x));
        }
        writeFile("address-rules.csv", b);

        b = new StringBuilder(row("primarySchoolCode", "juniorSchoolCode", "note"));
        for (Pair p : pairs) {
            b.append(row(p.primary().code, p.junior().code, p.note()));
        }
        writeFile("pairs.csv", b);

        b = new StringBuilder(row("zoneCode", "enrollmentYear", "stage", "children"));
        for (Zone z : zones) {
            b.append(row(z.code, 2026, z.stage, z.children2026));
            b.append(row(z.code, 2027, z.stage, z.children2027));
        }
        writeFile("census.csv", b);

        b = new StringBuilder(row("schoolCode", "enrollmentYear", "stage", "classes", "classSizeCap", "seats", "reservedSeats"));
        for (School s : schools) {
            int[] plan = planSeats.get(s);
            if (s.p) {
                b.append(row(s.code, YEAR, PRIMARY, s.pClasses, 45, plan[0], plan[1]));
            }
            if (s.j) {
                b.append(row(s.code, YEAR, JUNIOR, s.jClasses, 50, plan[2], plan[3]));
            }
        }
        writeFile("admission-plans.csv", b);
    }

    void writeFile(String name, CharSequence content) throws IOException {
        Files.writeString(out.resolve(name), content, StandardCharsets.UTF_8);
    }

    static String geoJson(Geometry g) {
        StringBuilder b = new StringBuilder();
        if (g instanceof Polygon p) {
            b.append("{\"type\":\"Polygon\",\"coordinates\":");
            rings(b, p);
        } else {
            b.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                b.append(i > 0 ? "," : "");
                rings(b, (Polygon) g.getGeometryN(i));
            }
            b.append(']');
        }
        return b.append('}').toString();
    }

    static void rings(StringBuilder b, Polygon p) {
        b.append('[');
        ring(b, p.getExteriorRing().getCoordinates());
        for (int k = 0; k < p.getNumInteriorRing(); k++) {
            b.append(',');
            ring(b, p.getInteriorRingN(k).getCoordinates());
        }
        b.append(']');
    }

    static void ring(StringBuilder b, Coordinate[] cs) {
        b.append('[');
        for (int i = 0; i < cs.length; i++) {
            b.append(i > 0 ? "," : "").append('[').append(fmt6(cs[i].x)).append(',').append(fmt6(cs[i].y)).append(']');
        }
        b.append(']');
    }

    // ================================================================== the checker

    /** Re-reads the written files and checks them on their own, as an importer would. */
    static final class Checker {
        final Path dir;
        final List<String> errors = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Checker(Path dir) {
            this.dir = dir;
        }

        record SchoolRow(String code, String name, String district, List<String> stages, boolean isPublic,
                double lon, double lat, Map<String, Integer> classes, Map<String, Integer> seats) {}

        record ZoneRow(String code, String name, String district, String stage, String type, List<String> schools,
                Geometry geom, int vertices) {}

        void err(String s) {
            errors.add(s);
        }

        List<Map<String, String>> csv(String file, String... header) throws IOException {
            List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
            List<Map<String, String>> rows = new ArrayList<>();
            if (lines.isEmpty() || !lines.get(0).equals(String.join(",", header))) {
                err(file + ": header must be " + String.join(",", header));
                return rows;
            }
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",", -1);
                if (f.length != header.length) {
                    err(file + " line " + (i + 1) + ": " + f.length + " columns, expected " + header.length);
                    continue;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int k = 0; k < header.length; k++) {
                    m.put(header[k], f[k]);
                }
                m.put("#line", String.valueOf(i + 1));
                rows.add(m);
            }
            return rows;
        }

        boolean run() throws IOException {
            Map<String, SchoolRow> schools = readSchools();
            Map<String, ZoneRow> zones = readZones(schools);
            Map<String, Integer> compoundsPerDistrict = new TreeMap<>();
            Map<String, Integer> newPerDistrict = new TreeMap<>();
            int roadRows = readRules(zones, compoundsPerDistrict, newPerDistrict);
            int pairRows = readPairs(schools);
            Map<String, int[]> plans = readPlans(schools);
            Map<String, int[]> census = readCensus(zones);
            if (errors.isEmpty()) {
                summary(schools, zones, compoundsPerDistrict, newPerDistrict, roadRows, pairRows, plans, census);
            }
            return errors.isEmpty();
        }

        Map<String, SchoolRow> readSchools() throws IOException {
            Map<String, SchoolRow> schools = new LinkedHashMap<>();
            for (Map<String, String> r : csv("schools.csv", "code", "name", "districtCode", "stages", "ownership", "lon",
                    "lat", "classesPerYear", "seatsPerYear", "address", "hotline")) {
                String at = "schools.csv line " + r.get("#line") + ": ";
                try {
                    String code = r.get("code");
                    String district = r.get("districtCode");
                    if (!DISTRICTS.containsKey(district) || !code.matches(district + "\\d{3}")) {
                        err(at + "bad code/district " + code + "/" + district);
                    }
                    List<String> stages = List.of(r.get("stages").split("\\|"));
                    if (!(stages.equals(List.of(PRIMARY)) || stages.equals(List.of(JUNIOR))
                            || stages.equals(List.of(PRIMARY, JUNIOR)))) {
                        err(at + "bad stages " + r.get("stages"));
                    }
                    String[] classes = r.get("classesPerYear").split("\\|");
                    String[] seats = r.get("seatsPerYear").split("\\|");
                    if (classes.length != stages.size() || seats.length != stages.size()) {
                        err(at + "classes/seats not per stage");
                        continue;
                    }
                    Map<String, Integer> cm = new LinkedHashMap<>();
                    Map<String, Integer> sm = new LinkedHashMap<>();
                    for (int i = 0; i < stages.size(); i++) {
                        int c = Integer.parseInt(classes[i]);
                        int s = Integer.parseInt(seats[i]);
                        int size = stages.get(i).equals(PRIMARY) ? 45 : 50;
                        if (s != c * size || s < 90 || s > 450) {
                            err(at + "seats " + s + " != classes " + c + " x " + size + " or outside 90..450");
                        }
                        cm.put(stages.get(i), c);
                        sm.put(stages.get(i), s);
                    }
                    String own = r.get("ownership");
                    if (!own.equals("PUBLIC") && !own.equals("PRIVATE")) {
                        err(at + "bad ownership " + own);
                    }
                    double lon = Double.parseDouble(r.get("lon"));
                    double lat = Double.parseDouble(r.get("lat"));
                    if (lon < 125.5 || lon > 129 || lat < 40.8 || lat > 43) {
                        err(at + "not in Baishan");
                    }
                    if (!r.get("hotline").matches("0439-\\d{7}")) {
                        err(at + "bad hotline");
                    }
                    if (r.get("name").isEmpty() || r.get("address").isEmpty()) {
                        err(at + "name and address required");
                    }
                    if (schools.put(code, new SchoolRow(code, r.get("name"), district, stages, own.equals("PUBLIC"), lon,
                            lat, cm, sm)) != null) {
                        err(at + "duplicate code " + code);
                    }
                } catch (RuntimeException e) {
                    err(at + e);
                }
            }
            SchoolRow demo = schools.get("220602001");
            if (demo == null || !demo.isPublic() || !demo.stages().contains(PRIMARY) || !demo.district().equals("220602")) {
                err("schools.csv: 220602001 must be a public primary school of 220602");
            }
            return schools;
        }

        @SuppressWarnings("unchecked")
        Map<String, ZoneRow> readZones(Map<String, SchoolRow> schools) throws IOException {
            Map<String, ZoneRow> zones = new LinkedHashMap<>();
            Object root = new Json(Files.readString(dir.resolve("zones.geojson"), StandardCharsets.UTF_8)).parse();
            Map<String, Object> fc = (Map<String, Object>) root;
            if (!"FeatureCollection".equals(fc.get("type"))) {
                err("zones.geojson: not a FeatureCollection");
                return zones;
            }
            Map<String, String> zoneOfSchoolStage = new HashMap<>();
            int n = 0;
            for (Object o : (List<Object>) fc.get("features")) {
                n++;
                String at = "zones.geojson feature " + n + ": ";
                try {
                    Map<String, Object> f = (Map<String, Object>) o;
                    Map<String, Object> p = (Map<String, Object>) f.get("properties");
                    String code = (String) p.get("zoneCode");
                    String district = (String) p.get("districtCode");
                    String stage = (String) p.get("stage");
                    String type = (String) p.get("type");
                    List<String> codes = new ArrayList<>();
                    for (Object c : (List<Object>) p.get("schoolCodes")) {
                        codes.add((String) c);
                    }
                    if (!code.matches(district + "-" + (PRIMARY.equals(stage) ? "P" : "J") + "-\\d{2}")) {
                        err(at + "zoneCode " + code + " does not match district/stage");
                    }
                    if (!(PRIMARY.equals(stage) || JUNIOR.equals(stage))) {
                        err(at + "bad stage");
                    }
                    if (!(("SINGLE".equals(type) && codes.size() == 1) || ("MULTI".equals(type) && codes.size() >= 2))) {
                        err(at + "type " + type + " with " + codes.size() + " school(s)");
                    }
                    for (String sc : codes) {
                        SchoolRow s = schools.get(sc);
                        if (s == null) {
                            err(at + "unknown school " + sc);
                        } else if (!s.isPublic() || !s.stages().contains(stage) || !s.district().equals(district)) {
                            err(at + "school " + sc + " is not a public " + stage + " school of " + district);
                        } else if (zoneOfSchoolStage.put(sc + "/" + stage, code) != null) {
                            err(at + "school " + sc + " is in two " + stage + " zones");
                        }
                    }
                    Geometry g = geometry((Map<String, Object>) f.get("geometry"));
                    if (!g.isValid()) {
                        err(at + code + " geometry is not valid");
                    }
                    int v = vertices(g);
                    if (v < 30 || v > 200) {
                        err(at + code + " has " + v + " vertices (30..200 expected)");
                    }
                    if (zones.put(code, new ZoneRow(code, (String) p.get("name"), district, stage, type, codes, g, v)) != null) {
                        err(at + "duplicate zoneCode " + code);
                    }
                } catch (RuntimeException e) {
                    err(at + e);
                }
            }
            for (SchoolRow s : schools.values()) {
                for (String stage : s.stages()) {
                    if (s.isPublic() && !zoneOfSchoolStage.containsKey(s.code() + "/" + stage)) {
                        err("public school " + s.code() + " has no " + stage + " zone");
                    }
                    if (!s.isPublic() && zoneOfSchoolStage.containsKey(s.code() + "/" + stage)) {
                        err("private school " + s.code() + " has a zone");
                    }
                }
            }
            // no overlaps between zones of the same stage (city-wide, which covers every district), no holes
            Map<String, List<Geometry>> byStage = new TreeMap<>();
            List<ZoneRow> list = new ArrayList<>(zones.values());
            for (int i = 0; i < list.size(); i++) {
                ZoneRow a = list.get(i);
                byStage.computeIfAbsent(a.stage(), k -> new ArrayList<>()).add(a.geom());
                for (int k = i + 1; k < list.size(); k++) {
                    ZoneRow b = list.get(k);
                    if (!a.stage().equals(b.stage()) || !a.geom().getEnvelopeInternal().intersects(b.geom().getEnvelopeInternal())) {
                        continue;
                    }
                    double overlap = OverlayNGRobust.overlay(a.geom(), b.geom(), OverlayNG.INTERSECTION).getArea();
                    if (overlap > 1e-12) {
                        err("zones " + a.code() + " and " + b.code() + " overlap (" + overlap + " deg²)");
                    }
                }
            }
            Geometry unionP = OverlayNGRobust.union(byStage.getOrDefault(PRIMARY, List.of()));
            Geometry unionJ = OverlayNGRobust.union(byStage.getOrDefault(JUNIOR, List.of()));
            for (Geometry u : List.of(unionP, unionJ)) {
                for (int i = 0; i < u.getNumGeometries(); i++) {
                    if (((Polygon) u.getGeometryN(i)).getNumInteriorRing() > 0) {
                        err("zones leave a gap (hole) inside a town");
                    }
                }
            }
            Geometry symDiff = OverlayNGRobust.overlay(unionP, unionJ, OverlayNG.SYMDIFFERENCE);
            double diff = symDiff.getArea();
            double largest = 0;
            for (int i = 0; i < symDiff.getNumGeometries(); i++) {
                largest = Math.max(largest, symDiff.getGeometryN(i).getArea());
            }
            // both stages tile the same town outlines; they differ only by where the 6-decimal rounding put the
            // points at which zone edges meet the outline: slivers about 0.1 m wide
            if (diff > 1e-5 * unionP.getArea() || largest > 1e-8) {
                err("primary and junior zones do not cover the same area (" + diff + " deg²)");
            }
            notes.add("towns covered: " + unionP.getNumGeometries() + " (primary), " + unionJ.getNumGeometries() + " (junior)");
            return zones;
        }

        @SuppressWarnings("unchecked")
        static Geometry geometry(Map<String, Object> g) {
            String type = (String) g.get("type");
            List<Object> coords = (List<Object>) g.get("coordinates");
            if ("Polygon".equals(type)) {
                return polygon(coords);
            }
            if ("MultiPolygon".equals(type)) {
                List<Polygon> parts = new ArrayList<>();
                for (Object p : coords) {
                    parts.add(polygon((List<Object>) p));
                }
                return GF.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            throw new IllegalArgumentException("geometry type " + type);
        }

        @SuppressWarnings("unchecked")
        static Polygon polygon(List<Object> rings) {
            LinearRing[] rs = new LinearRing[rings.size()];
            for (int i = 0; i < rs.length; i++) {
                List<Object> positions = (List<Object>) rings.get(i);
                Coordinate[] c = new Coordinate[positions.size()];
                for (int k = 0; k < c.length; k++) {
                    List<Object> pos = (List<Object>) positions.get(k);
                    c[k] = new Coordinate((Double) pos.get(0), (Double) pos.get(1));
                }
                rs[i] = GF.createLinearRing(c);
                if (Orientation.isCCW(c) != (i == 0)) {
                    throw new IllegalArgumentException("ring orientation (RFC 7946: exterior counter-clockwise)");
                }
            }
            return GF.createPolygon(rs[0], java.util.Arrays.copyOfRange(rs, 1, rs.length));
        }

        int readRules(Map<String, ZoneRow> zones, Map<String, Integer> perDistrict, Map<String, Integer> newPerDistrict)
                throws IOException {
            Map<String, Map<String, String[]>> compoundStages = new TreeMap<>(); // key -> stage -> {lon,lat,built,zone}
            Map<String, String> nameToKey = new HashMap<>();
            Map<String, Integer> rulesPerZone = new HashMap<>();
            Map<String, List<int[]>> roadRanges = new HashMap<>(); // road|stage -> [from,to,parity]
            Map<String, String> roadDistrict = new HashMap<>();
            Set<String> counties = new HashSet<>(DISTRICTS.keySet());
            counties.remove(CITY_DIRECT);
            int unparsable = 0;
            int roadRows = 0;
            for (Map<String, String> r : csv("address-rules.csv", "zoneCode", "districtCode", "street", "community",
                    "compound", "road", "numberFrom", "numberTo", "parity", "builtYear", "lon", "lat")) {
                String at = "address-rules.csv line " + r.get("#line") + ": ";
                try {
                    ZoneRow z = zones.get(r.get("zoneCode"));
                    String district = r.get("districtCode");
                    if (z == null) {
                        err(at + "unknown zone " + r.get("zoneCode"));
                        continue;
                    }
                    if (!counties.contains(district)
                            || !(z.district().equals(district) || (z.district().equals(CITY_DIRECT) && district.equals("220602")))) {
                        err(at + "districtCode " + district + " does not fit zone " + z.code());
                    }
                    rulesPerZone.merge(z.code(), 1, Integer::sum);
                    if (!r.get("compound").isEmpty()) {
                        if (r.get("street").isEmpty() || r.get("community").isEmpty() || !r.get("road").isEmpty()
                                || !r.get("numberFrom").isEmpty() || !r.get("numberTo").isEmpty() || !r.get("parity").isEmpty()) {
                            err(at + "a compound row fills street, community, compound and nothing of road/number/parity");
                        }
                        String built = r.get("builtYear");
                        if (!built.isEmpty() && !built.matches("202[5-7]")) {
                            err(at + "builtYear " + built);
                        }
                        double lon = Double.parseDouble(r.get("lon"));
                        double lat = Double.parseDouble(r.get("lat"));
                        if (!z.geom().contains(GF.createPoint(new Coordinate(lon, lat)))) {
                            err(at + r.get("compound") + " (" + lon + "," + lat + ") is not inside zone " + z.code());
                        }
                        String key = district + "|" + r.get("street") + "|" + r.get("community") + "|" + r.get("compound");
                        String earlier = nameToKey.putIfAbsent(r.get("compound"), key);
                        if (earlier != null && !earlier.equals(key)) {
                            err(at + "compound name " + r.get("compound") + " is used for two places");
                        }
                        String[] prev = compoundStages.computeIfAbsent(key, k -> new TreeMap<>())
                                .put(z.stage(), new String[] {r.get("lon"), r.get("lat"), built, z.code()});
                        if (prev != null) {
                            err(at + key + " mapped twice for " + z.stage());
                        }
                        if (!endsAsCompound(r.get("compound")) && z.stage().equals(PRIMARY)) {
                            unparsable++;
                        }
                    } else if (!r.get("road").isEmpty()) {
                        roadRows++;
                        if (!r.get("street").isEmpty() || !r.get("community").isEmpty() || !r.get("builtYear").isEmpty()
                                || !r.get("lon").isEmpty() || !r.get("lat").isEmpty()) {
                            err(at + "a road row leaves street, community, builtYear, lon, lat empty");
                        }
                        int from = Integer.parseInt(r.get("numberFrom"));
                        int to = Integer.parseInt(r.get("numberTo"));
                        String parity = r.get("parity");
                        if (from < 1 || to < from || !List.of("ALL", "ODD", "EVEN").contains(parity)
                                || (parity.equals("ODD") && (from % 2 == 0 || to % 2 == 0))
                                || (parity.equals("EVEN") && (from % 2 != 0 || to % 2 != 0))) {
                            err(at + "bad number range " + from + "-" + to + " " + parity);
                        }
                        String d0 = roadDistrict.putIfAbsent(r.get("road"), district);
                        if (d0 != null && !d0.equals(district)) {
                            err(at + "road " + r.get("road") + " in two districts");
                        }
                        int p = parity.equals("ALL") ? 0 : parity.equals("ODD") ? 1 : 2;
                        String key = r.get("road") + "|" + z.stage();
                        for (int[] o : roadRanges.getOrDefault(key, List.of())) {
                            for (int num = Math.max(from, o[0]); num <= Math.min(to, o[1]); num++) {
                                boolean mine = p == 0 || (p == 1) == (num % 2 != 0);
                                boolean theirs = o[2] == 0 || (o[2] == 1) == (num % 2 != 0);
                                if (mine && theirs) {
                                    err(at + "number " + num + " of " + key + " is covered twice");
                                    break;
                                }
                            }
                        }
                        roadRanges.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {from, to, p});
                    } else {
                        err(at + "neither compound nor road");
                    }
                } catch (RuntimeException e) {
                    err(at + e);
                }
            }
            int newOnes = 0;
            for (Map.Entry<String, Map<String, String[]>> e : compoundStages.entrySet()) {
                Map<String, String[]> st = e.getValue();
                if (st.size() != 2) {
                    err("compound " + e.getKey() + " is not mapped to exactly one PRIMARY and one JUNIOR zone");
                    continue;
                }
                String[] a = st.get(PRIMARY);
                String[] b = st.get(JUNIOR);
                if (!a[0].equals(b[0]) || !a[1].equals(b[1]) || !a[2].equals(b[2])) {
                    err("compound " + e.getKey() + " differs between its PRIMARY and JUNIOR rows");
                }
                String district = zones.get(a[3]).district(); // counted where its primary zone belongs (市直 included)
                perDistrict.merge(district, 1, Integer::sum);
                if (!a[2].isEmpty()) {
                    newOnes++;
                    newPerDistrict.merge(district, 1, Integer::sum);
                }
            }
            for (ZoneRow z : zones.values()) {
                if (rulesPerZone.getOrDefault(z.code(), 0) < 3) {
                    err("zone " + z.code() + " has fewer than 3 address rules");
                }
            }
            double share = compoundStages.isEmpty() ? 0 : (double) newOnes / compoundStages.size();
            if (share < 0.07 || share > 0.15) {
                err("share of new compounds " + share + " (about 10% expected)");
            }
            // the demo families
            family(compoundStages, zones, "220602|红旗街道|东兴社区|春城小区", PRIMARY, "220602-P-", "220602001");
            family(compoundStages, zones, "220602|新建街道|浑江社区|江城小区", PRIMARY, "220602-P-", null);
            family(compoundStages, zones, "220681|建国街道|新市社区|鸭绿江小区", JUNIOR, "220681-J-", null);
            family(compoundStages, zones, "220681|建国街道|新市社区|鸭绿江小区", PRIMARY, "220681-P-", null);
            notes.add(compoundStages.size() + " compounds (" + newOnes + " new, built 2025-2027), " + roadRows + " road rows");
            if (unparsable > 0) {
                notes.add(unparsable + " compound name(s) from the partner-simulator population end in none of the"
                        + " suffixes catchment-service's address parser knows (e.g. 翡翠城, 山水人家, 浑江湾, 临江名都)");
            }
            populationCoverage(compoundStages.keySet());
            return roadRows;
        }

        void family(Map<String, Map<String, String[]>> c, Map<String, ZoneRow> zones, String key, String stage,
                String zonePrefix, String school) {
            Map<String, String[]> st = c.get(key);
            if (st == null || st.get(stage) == null) {
                err("demo family compound " + key + " has no " + stage + " zone");
                return;
            }
            String zone = st.get(stage)[3];
            if (!zone.startsWith(zonePrefix) || (school != null && !zones.get(zone).schools().contains(school))) {
                err("demo family compound " + key + " is in " + zone + ", expected " + zonePrefix + "…"
                        + (school == null ? "" : " with school " + school));
            }
        }

        /** When run from the repository root: every Baishan address of the partner-simulator population maps to a compound rule. */
        @SuppressWarnings("unchecked")
        void populationCoverage(Set<String> keys) throws IOException {
            Path pop = Path.of("deploy/partner-simulator/src/main/resources/population/baishan-population.json");
            if (!Files.exists(pop)) {
                notes.add("partner-simulator population not found from here: its address coverage was not checked");
                return;
            }
            List<String> prefixes = new ArrayList<>();
            for (String k : keys) {
                String[] p = k.split("\\|");
                prefixes.add("吉林省白山市" + DISTRICTS.get(p[0]) + p[1] + p[2] + p[3]);
            }
            Map<String, Object> root = (Map<String, Object>) new Json(Files.readString(pop, StandardCharsets.UTF_8)).parse();
            int total = 0;
            int missing = 0;
            for (String section : List.of("households", "properties", "residencePermits")) {
                for (Object o : (List<Object>) root.getOrDefault(section, List.of())) {
                    String address = (String) ((Map<String, Object>) o).get("addressText");
                    if (address == null || !address.startsWith("吉林省白山市")) {
                        continue;
                    }
                    total++;
                    if (prefixes.stream().noneMatch(address::startsWith)) {
                        missing++;
                        if (missing <= 5) {
                            err("population address without a compound rule: " + address);
                        }
                    }
                }
            }
            notes.add("partner-simulator population: " + total + " Baishan addresses, " + (total - missing)
                    + " map to a compound rule");
        }

        int readPairs(Map<String, SchoolRow> schools) throws IOException {
            Map<String, Integer> received = new HashMap<>();
            Set<String> seenPrimary = new HashSet<>();
            int n = 0;
            for (Map<String, String> r : csv("pairs.csv", "primarySchoolCode", "juniorSchoolCode", "note")) {
                String at = "pairs.csv line " + r.get("#line") + ": ";
                n++;
                SchoolRow p = schools.get(r.get("primarySchoolCode"));
                SchoolRow j = schools.get(r.get("juniorSchoolCode"));
                if (p == null || j == null || !p.isPublic() || !j.isPublic() || !p.stages().contains(PRIMARY)
                        || !j.stages().contains(JUNIOR) || !p.district().equals(j.district())) {
                    err(at + "must pair a public primary with a public junior school of the same district");
                    continue;
                }
                if (!seenPrimary.add(p.code())) {
                    err(at + "primary school " + p.code() + " paired twice");
                }
                if (r.get("note").isEmpty()) {
                    err(at + "note is empty");
                }
                received.merge(j.code(), 1, Integer::sum);
            }
            for (SchoolRow s : schools.values()) {
                if (s.isPublic() && s.stages().contains(JUNIOR)) {
                    int k = received.getOrDefault(s.code(), 0);
                    if (k < 1 || k > 3) {
                        err("junior school " + s.code() + " receives " + k + " primary schools (1..3 expected)");
                    }
                }
            }
            return n;
        }

        /** schoolCode/stage -> {classes, seats, reserved}. */
        Map<String, int[]> readPlans(Map<String, SchoolRow> schools) throws IOException {
            Map<String, int[]> plans = new LinkedHashMap<>();
            for (Map<String, String> r : csv("admission-plans.csv", "schoolCode", "enrollmentYear", "stage", "classes",
                    "classSizeCap", "seats", "reservedSeats")) {
                String at = "admission-plans.csv line " + r.get("#line") + ": ";
                try {
                    SchoolRow s = schools.get(r.get("schoolCode"));
                    String stage = r.get("stage");
                    if (s == null || !s.stages().contains(stage)) {
                        err(at + "unknown school or stage");
                        continue;
                    }
                    int classes = Integer.parseInt(r.get("classes"));
                    int cap = Integer.parseInt(r.get("classSizeCap"));
                    int seats = Integer.parseInt(r.get("seats"));
                    int reserved = Integer.parseInt(r.get("reservedSeats"));
                    if (!r.get("enrollmentYear").equals("2027") || cap != (stage.equals(PRIMARY) ? 45 : 50)
                            || seats > classes * cap || seats <= 0 || reserved < 0 || reserved > 5) {
                        err(at + "bad plan");
                    }
                    if (plans.put(s.code() + "/" + stage, new int[] {classes, seats, reserved}) != null) {
                        err(at + "duplicate plan");
                    }
                } catch (RuntimeException e) {
                    err(at + e);
                }
            }
            for (SchoolRow s : schools.values()) {
                for (String stage : s.stages()) {
                    if (!plans.containsKey(s.code() + "/" + stage)) {
                        err("no 2027 admission plan for " + s.code() + " " + stage);
                    }
                }
            }
            return plans;
        }

        /** zoneCode -> {children 2026, children 2027}. */
        Map<String, int[]> readCensus(Map<String, ZoneRow> zones) throws IOException {
            Map<String, int[]> census = new LinkedHashMap<>();
            for (Map<String, String> r : csv("census.csv", "zoneCode", "enrollmentYear", "stage", "children")) {
                String at = "census.csv line " + r.get("#line") + ": ";
                try {
                    ZoneRow z = zones.get(r.get("zoneCode"));
                    int year = Integer.parseInt(r.get("enrollmentYear"));
                    int children = Integer.parseInt(r.get("children"));
                    if (z == null || !z.stage().equals(r.get("stage")) || (year != 2026 && year != 2027) || children <= 0) {
                        err(at + "bad census row");
                        continue;
                    }
                    int[] c = census.computeIfAbsent(z.code(), k -> new int[2]);
                    if (c[year - 2026] != 0) {
                        err(at + "duplicate census row");
                    }
                    c[year - 2026] = children;
                } catch (RuntimeException e) {
                    err(at + e);
                }
            }
            for (ZoneRow z : zones.values()) {
                int[] c = census.get(z.code());
                if (c == null || c[0] == 0 || c[1] == 0) {
                    err("zone " + z.code() + " lacks a 2026 or 2027 census row");
                }
            }
            return census;
        }

        void summary(Map<String, SchoolRow> schools, Map<String, ZoneRow> zones, Map<String, Integer> compounds,
                Map<String, Integer> newCompounds, int roadRows, int pairRows, Map<String, int[]> plans,
                Map<String, int[]> census) {
            System.out.println("Baishan demo data set in " + dir + ": all checks passed");
            System.out.println(String.format(Locale.ROOT, "%-8s %-8s %5s %5s %5s %5s %4s %4s %4s %4s %9s %6s %13s %13s",
                    "district", "", "P", "J", "P|J", "priv", "zP", "zJ", "mult", "warn", "compounds", "(new)",
                    "P seats/cens", "J seats/cens"));
            int[] totals = new int[14];
            List<String> hot = new ArrayList<>();
            for (String d : DISTRICTS.keySet()) {
                int p = 0;
                int j = 0;
                int both = 0;
                int priv = 0;
                for (SchoolRow s : schools.values()) {
                    if (!s.district().equals(d)) {
                        continue;
                    }
                    if (!s.isPublic()) {
                        priv++;
                    } else if (s.stages().size() == 2) {
                        both++;
                    } else if (s.stages().contains(PRIMARY)) {
                        p++;
                    } else {
                        j++;
                    }
                }
                int zp = 0;
                int zj = 0;
                int multi = 0;
                int warn = 0;
                int[] seats = new int[2];
                int[] kids = new int[2];
                for (ZoneRow z : zones.values()) {
                    if (!z.district().equals(d)) {
                        continue;
                    }
                    int k = z.stage().equals(PRIMARY) ? 0 : 1;
                    if (k == 0) {
                        zp++;
                    } else {
                        zj++;
                    }
                    if (z.type().equals("MULTI")) {
                        multi++;
                    }
                    int zs = 0;
                    for (String sc : z.schools()) {
                        zs += schools.get(sc).seats().get(z.stage());
                    }
                    int c = census.get(z.code())[1];
                    seats[k] += zs;
                    kids[k] += c;
                    if (c > zs) {
                        warn++;
                        hot.add(String.format(Locale.ROOT, "%s %s: %d children / %d seats = %.0f%%", z.code(), z.name(), c,
                                zs, 100.0 * c / zs));
                    }
                }
                int[] row = {p, j, both, priv, zp, zj, multi, warn, compounds.getOrDefault(d, 0),
                    newCompounds.getOrDefault(d, 0), seats[0], kids[0], seats[1], kids[1]};
                for (int i = 0; i < row.length; i++) {
                    totals[i] += row[i];
                }
                System.out.println(line(d, DISTRICTS.get(d), row));
            }
            System.out.println(line("total", "", totals));
            int privateP = 0;
            int privateJ = 0;
            int planDiff = 0;
            for (SchoolRow s : schools.values()) {
                for (String stage : s.stages()) {
                    if (!s.isPublic()) {
                        privateP += stage.equals(PRIMARY) ? s.seats().get(stage) : 0;
                        privateJ += stage.equals(JUNIOR) ? s.seats().get(stage) : 0;
                    }
                    if (plans.get(s.code() + "/" + stage)[1] != s.seats().get(stage)) {
                        planDiff++;
                    }
                }
            }
            notes.add(planDiff + " school stage(s) plan fewer 2027 seats than their seatsPerYear");
            System.out.println("seats are the zoned public schools' seatsPerYear; private schools add " + privateP
                    + " grade-1 and " + privateJ + " grade-7 seats (city-wide grade 1: " + (totals[10] + privateP)
                    + ", grade 7: " + (totals[12] + privateJ) + ")");
            System.out.println("zones where the 2027 census exceeds the seats (seat warnings):");
            hot.forEach(h -> System.out.println("  " + h));
            System.out.println(pairRows + " direct-promotion pairs; " + roadRows + " road + house-number rows");
            notes.forEach(n -> System.out.println(n));
        }

        static String line(String d, String name, int[] r) {
            return String.format(Locale.ROOT, "%-8s %-8s %5d %5d %5d %5d %4d %4d %4d %4d %9d %6s %13s %13s", d,
                    name.length() > 4 ? name.substring(0, 2) : name, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                    r[8], "(" + r[9] + ")", r[10] + "/" + r[11], r[12] + "/" + r[13]);
        }
    }

    /** A small JSON reader (objects, arrays, strings, numbers, true/false/null) for the checker. */
    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        Object parse() {
            Object v = value();
            ws();
            if (i != s.length()) {
                throw new IllegalArgumentException("trailing characters at " + i);
            }
            return v;
        }

        void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return Double.parseDouble(s.substring(start, i));
                }
            }
        }

        void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }
}
