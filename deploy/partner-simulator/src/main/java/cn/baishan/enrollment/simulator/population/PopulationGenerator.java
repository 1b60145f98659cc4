package cn.baishan.enrollment.simulator.population;

import cn.baishan.enrollment.simulator.population.Geography.Compound;
import cn.baishan.enrollment.simulator.population.Geography.District;
import cn.baishan.enrollment.simulator.population.Geography.Region;
import cn.baishan.enrollment.simulator.population.PopulationFile.GeneratedWith;
import cn.baishan.enrollment.simulator.population.PopulationFile.Household;
import cn.baishan.enrollment.simulator.population.PopulationFile.Member;
import cn.baishan.enrollment.simulator.population.PopulationFile.Owner;
import cn.baishan.enrollment.simulator.population.PopulationFile.Person;
import cn.baishan.enrollment.simulator.population.PopulationFile.Property;
import cn.baishan.enrollment.simulator.population.PopulationFile.ResidencePermit;
import cn.baishan.enrollment.simulator.population.PopulationFile.SocialInsuranceRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the synthetic population of Baishan. The same seed and size always give the same bytes, so
 * the shipped file can be checked against the generator and every test run sees the same people.
 *
 * <pre>java -cp … cn.baishan.enrollment.simulator.population.PopulationGenerator --seed 42 --households 300 --out file.json</pre>
 */
public final class PopulationGenerator {

    /** The day the synthetic registries describe: autumn before the 2027 enrollment. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    /** Reserved so tests always have a valid ID number that no department knows. */
    public static final String NOT_IN_POPULATION = "220602202101010091";

    /** The fixed demo families come first and are not counted as generated households. */
    static final int DEMO_HOUSEHOLDS = 3;

    private static final YearMonth LAST_FULL_MONTH = YearMonth.from(AS_OF).minusMonths(1);
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** Grade 1 in 2027: six full years by 31 August 2027. */
    private static final LocalDate GRADE_1_FROM = LocalDate.of(2020, 9, 1);

    private static final LocalDate GRADE_1_TO = LocalDate.of(2021, 8, 31);
    private static final LocalDate GRADE_7_FROM = LocalDate.of(2014, 9, 1);
    private static final LocalDate GRADE_7_TO = LocalDate.of(2015, 8, 31);

    private static final List<String> EMPLOYER_CORES =
            List.of("长白山", "鸿运", "江源", "宏达", "华信", "鑫源", "恒通", "天成", "松江", "鸭绿江", "北方", "兴隆", "金盛", "瑞丰", "永安");
    private static final List<String> EMPLOYER_TRADES =
            List.of("商贸", "建筑工程", "矿业", "食品", "物流", "医药", "旅游开发", "木业", "餐饮管理", "人参制品", "矿泉水", "汽车服务");

    /** What kind of family a generated household is; each kind covers a case the verification must handle. */
    private enum Profile {
        OWNER_SAME_ADDRESS(40),
        RECENT_MOVE(6),
        HUKOU_DIFFERS_FROM_PROPERTY(8),
        COMMERCIAL_PROPERTY_ONLY(4),
        NO_PROPERTY(12),
        MIGRANT(15),
        MIGRANT_EXPIRED_PERMIT(4),
        MIGRANT_SHORT_INSURANCE(4),
        MIGRANT_NO_INSURANCE(3),
        MIGRANT_OWNER(4);

        private final int weight;

        Profile(int weight) {
            this.weight = weight;
        }

        boolean migrant() {
            return name().startsWith("MIGRANT");
        }
    }

    /** A family before it is written into the registries: guardians first, then children, then others. */
    private record Family(Person head, Person spouse, List<Person> children, Person grandparent) {

        List<Person> guardians() {
            return spouse == null ? List.of(head) : List.of(head, spouse);
        }
    }

    // java.util.Random rather than a newer algorithm: its sequence is fixed by its Javadoc, so the
    // shipped file is reproducible on every JDK.
    private final Random random;
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> usedAddresses = new HashSet<>();
    private final Set<String> usedCertificates = new HashSet<>();
    private final Map<String, Integer> sequences = new HashMap<>();

    private final List<Person> persons = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();
    private final List<Property> properties = new ArrayList<>();
    private final List<ResidencePermit> permits = new ArrayList<>();
    private final List<SocialInsuranceRecord> insurance = new ArrayList<>();

    private PopulationGenerator(long seed) {
        random = new Random(seed);
        usedIds.add(NOT_IN_POPULATION);
    }

    public static void main(String[] args) throws IOException {
        long seed = 42;
        int householdCount = 300;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--households" -> householdCount = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (out == null || args.length % 2 != 0) {
            usage("--out is required and every option takes a value");
        }
        PopulationFile population = generate(seed, householdCount);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.write(out, render(population));
        System.out.printf(
                "Wrote %d households, %d persons, %d properties, %d residence permits, %d social insurance records to %s%n",
                population.households().size(),
                population.persons().size(),
                population.properties().size(),
                population.residencePermits().size(),
                population.socialInsurance().size(),
                out);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: PopulationGenerator [--seed 42] [--households 300] --out file.json");
        System.exit(2);
    }

    /**
     * @param householdCount all households including the three demo families
     */
    public static PopulationFile generate(long seed, int householdCount) {
        if (householdCount < DEMO_HOUSEHOLDS) {
            throw new IllegalArgumentException("At least " + DEMO_HOUSEHOLDS + " households (the demo families)");
        }
        PopulationGenerator generator = new PopulationGenerator(seed);
        generator.addDemoFamilies();
        for (int i = 0; i < householdCount - DEMO_HOUSEHOLDS; i++) {
            // the first households take every profile once, so even a small file has every edge case
            Profile profile = i < Profile.values().length ? Profile.values()[i] : generator.weightedProfile();
            generator.addHousehold(profile);
        }
        return new PopulationFile(
                new GeneratedWith(seed, householdCount, AS_OF),
                List.copyOf(generator.persons),
                List.copyOf(generator.households),
                List.copyOf(generator.properties),
                List.copyOf(generator.permits),
                List.copyOf(generator.insurance));
    }

    /** The file's bytes: UTF-8, two-space indent, "\n" line ends, a final newline. */
    public static byte[] render(PopulationFile population) {
        return (PopulationJson.MAPPER.writeValueAsString(population) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    // ---- the demo families other tests and the demo accounts rely on; keep them exactly as they are ----

    private void addDemoFamilies() {
        // parent1: 户房一致 in 浑江区, co-owned 50/50
        Person zhangWei = demoPerson("220602198803120034", "张伟");
        Person liuFang = demoPerson("220602199007080048", "刘芳");
        Person zhangZihan = demoPerson("220602202103150020", "张子涵");
        String zhangAddress = reserveAddress("吉林省白山市浑江区红旗街道东兴社区春城小区3栋2单元101号");
        LocalDate zhangMoveIn = LocalDate.of(2019, 6, 1);
        addHousehold(
                "220602",
                zhangAddress,
                List.of(
                        new Member(zhangWei.idNumber(), "户主", zhangMoveIn),
                        new Member(liuFang.idNumber(), "妻", zhangMoveIn),
                        new Member(zhangZihan.idNumber(), "女", zhangMoveIn)));
        usedCertificates.add("吉(2019)白山市不动产权第0001234号");
        addProperty(
                "220602",
                zhangAddress,
                PropertyUsage.RESIDENTIAL,
                LocalDate.of(2019, 5, 20),
                "吉(2019)白山市不动产权第0001234号",
                List.of(new Owner(zhangWei.idNumber(), "50%"), new Owner(liuFang.idNumber(), "50%")));
        addInsurance(zhangWei, "白山市江城建筑工程有限公司", "220602", LAST_FULL_MONTH.minusMonths(47), 48);

        // parent2: migrants from Shenyang with a residence permit in 浑江区
        Person liNa = demoPerson("210102199202110020", "李娜");
        Person liHaoran = demoPerson("210102202011020019", "李浩然");
        LocalDate liMoveIn = LocalDate.of(2015, 1, 1);
        addHousehold(
                "210102",
                reserveAddress("辽宁省沈阳市和平区南京南街道三好社区8栋2单元402号"),
                List.of(new Member(liNa.idNumber(), "户主", liMoveIn), new Member(liHaoran.idNumber(), "子", liMoveIn)));
        addPermit(
                liNa,
                "220602",
                reserveAddress("吉林省白山市浑江区新建街道浑江社区江城小区5栋1单元302号"),
                LocalDate.of(2023, 2, 1),
                LocalDate.of(2028, 2, 1));
        addInsurance(liNa, "白山市长白山商贸有限公司", "220602", LAST_FULL_MONTH.minusMonths(29), 30);

        // parent3: grade 7 in 临江市, sole owner
        Person wangQiang = demoPerson("220681198309050013", "王强");
        Person wangZixuan = demoPerson("22068120140709003X", "王梓轩");
        String wangAddress = reserveAddress("吉林省白山市临江市建国街道新市社区鸭绿江小区12栋3单元501号");
        LocalDate wangMoveIn = LocalDate.of(2016, 8, 1);
        addHousehold(
                "220681",
                wangAddress,
                List.of(
                        new Member(wangQiang.idNumber(), "户主", wangMoveIn),
                        new Member(wangZixuan.idNumber(), "子", wangMoveIn)));
        LocalDate wangRegistered = LocalDate.of(2016, 7, 15);
        addProperty(
                "220681",
                wangAddress,
                PropertyUsage.RESIDENTIAL,
                wangRegistered,
                certificateNumber("220681", wangRegistered),
                List.of(new Owner(wangQiang.idNumber(), "100%")));
    }

    private Person demoPerson(String idNumber, String name) {
        usedIds.add(idNumber);
        Person person = new Person(idNumber, name, IdNumbers.sex(idNumber), IdNumbers.birthDate(idNumber));
        persons.add(person);
        return person;
    }

    // ---- generated households ----

    private Profile weightedProfile() {
        int total = 0;
        for (Profile profile : Profile.values()) {
            total += profile.weight;
        }
        int draw = random.nextInt(total);
        for (Profile profile : Profile.values()) {
            draw -= profile.weight;
            if (draw < 0) {
                return profile;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private void addHousehold(Profile profile) {
        District livesIn = weightedDistrict();
        if (profile.migrant()) {
            addMigrantHousehold(profile, livesIn);
        } else {
            addLocalHousehold(profile, livesIn);
        }
    }

    private void addLocalHousehold(Profile profile, District district) {
        Family family = family(district.code(), district.code().equals(Geography.KOREAN_ETHNIC_DISTRICT), true);
        String hukouAddress = newBaishanAddress(district);
        LocalDate moveIn;
        switch (profile) {
            case OWNER_SAME_ADDRESS -> {
                LocalDate registered = randomDate(LocalDate.of(2005, 1, 1), LocalDate.of(2025, 12, 31));
                moveIn = registered.plusDays(random.nextInt(60));
                addResidentialProperty(district.code(), hukouAddress, registered, family);
            }
            case RECENT_MOVE -> {
                // after a seat warning announced in early 2026 these children are placed by 统筹
                LocalDate registered = randomDate(LocalDate.of(2026, 1, 5), AS_OF.minusDays(20));
                moveIn = registered.plusDays(random.nextInt(14));
                addResidentialProperty(district.code(), hukouAddress, registered, family);
            }
            case HUKOU_DIFFERS_FROM_PROPERTY -> {
                moveIn = randomDate(LocalDate.of(2000, 1, 1), LocalDate.of(2015, 12, 31));
                District propertyDistrict = random.nextInt(10) < 7 ? district : weightedDistrict();
                addResidentialProperty(
                        propertyDistrict.code(),
                        newBaishanAddress(propertyDistrict),
                        randomDate(LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12, 31)),
                        family);
            }
            case COMMERCIAL_PROPERTY_ONLY -> {
                moveIn = randomDate(LocalDate.of(2000, 1, 1), LocalDate.of(2018, 12, 31));
                LocalDate registered = randomDate(LocalDate.of(2010, 1, 1), LocalDate.of(2025, 12, 31));
                addProperty(
                        district.code(),
                        newShopAddress(district),
                        PropertyUsage.COMMERCIAL,
                        registered,
                        certificateNumber(district.code(), registered),
                        owners(family));
            }
            case NO_PROPERTY -> moveIn = randomDate(LocalDate.of(2000, 1, 1), LocalDate.of(2020, 12, 31));
            default -> throw new IllegalArgumentException("not a local profile: " + profile);
        }
        addHousehold(district.code(), hukouAddress, members(family, moveIn));
        if (random.nextInt(10) < 6) {
            addGeneratedInsurance(family.head(), district, random.nextInt(10) == 0);
        }
    }

    private void addMigrantHousehold(Profile profile, District livesIn) {
        Region origin = ChineseNames.pick(random, Geography.MIGRANT_ORIGINS);
        Family family = family(origin.code(), origin.koreanEthnicArea(), false);
        addHousehold(
                origin.code(),
                newOriginAddress(origin),
                members(family, randomDate(LocalDate.of(2005, 1, 1), LocalDate.of(2016, 12, 31))));

        String rentedAddress = newBaishanAddress(livesIn);
        Person holder = family.guardians().get(random.nextInt(family.guardians().size()));
        // permits run five years; a valid one stays valid through the 2027 enrollment
        LocalDate issued = profile == Profile.MIGRANT_EXPIRED_PERMIT
                ? randomDate(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 9, 30))
                : randomDate(AS_OF.minusYears(4), AS_OF.minusDays(10));
        addPermit(holder, livesIn.code(), rentedAddress, issued, issued.plusYears(5));
        if (family.spouse() != null && random.nextInt(10) < 4) {
            Person other = holder == family.head() ? family.spouse() : family.head();
            LocalDate otherIssued = randomDate(AS_OF.minusYears(4), AS_OF.minusDays(10));
            addPermit(other, livesIn.code(), rentedAddress, otherIssued, otherIssued.plusYears(5));
        }

        switch (profile) {
            case MIGRANT, MIGRANT_EXPIRED_PERMIT -> addGeneratedInsurance(holder, livesIn, false);
            case MIGRANT_SHORT_INSURANCE -> {
                int months = 2 + random.nextInt(10);
                addInsurance(
                        holder, employer(livesIn), livesIn.code(), LAST_FULL_MONTH.minusMonths(months - 1), months);
            }
            case MIGRANT_NO_INSURANCE -> {
                // a permit but no contributions: must not qualify as 随迁子女 where insurance is required
            }
            case MIGRANT_OWNER -> {
                addGeneratedInsurance(holder, livesIn, false);
                addResidentialProperty(
                        livesIn.code(),
                        newBaishanAddress(livesIn),
                        randomDate(LocalDate.of(2018, 1, 1), LocalDate.of(2025, 12, 31)),
                        family);
            }
            default -> throw new IllegalArgumentException("not a migrant profile: " + profile);
        }
    }

    /**
     * A family of one or two guardians with school-age children: grade 1, grade 7, both, one with a
     * younger sibling, or (rarely) a child born just after the grade-1 cut-off.
     */
    private Family family(String regionCode, boolean koreanEthnicArea, boolean mayLiveWithGrandparent) {
        List<LocalDate> births = new ArrayList<>();
        int composition = random.nextInt(100);
        if (composition < 45) {
            births.add(randomDate(GRADE_1_FROM, GRADE_1_TO));
        } else if (composition < 80) {
            births.add(randomDate(GRADE_7_FROM, GRADE_7_TO));
        } else if (composition < 90) {
            births.add(randomDate(GRADE_7_FROM, GRADE_7_TO));
            births.add(randomDate(GRADE_1_FROM, GRADE_1_TO));
        } else if (composition < 96) {
            births.add(
                    random.nextBoolean() ? randomDate(GRADE_1_FROM, GRADE_1_TO) : randomDate(GRADE_7_FROM, GRADE_7_TO));
            births.add(randomDate(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)));
        } else {
            births.add(randomDate(GRADE_1_TO.plusDays(1), LocalDate.of(2021, 12, 31)));
        }
        int oldestYear = births.get(0).getYear();

        boolean twoGuardians = random.nextInt(100) < 85;
        boolean hasFather = twoGuardians || random.nextInt(10) < 4;
        boolean hasMother = twoGuardians || !hasFather;
        Person father = hasFather
                ? newPerson(regionCode, Sex.M, oldestYear - 24 - random.nextInt(15), koreanEthnicArea, null)
                : null;
        Person mother = hasMother
                ? newPerson(regionCode, Sex.F, oldestYear - 22 - random.nextInt(14), koreanEthnicArea, null)
                : null;
        Person head;
        Person spouse;
        if (father != null && (mother == null || random.nextInt(10) < 8)) {
            head = father;
            spouse = mother;
        } else {
            head = mother;
            spouse = father;
        }
        String childSurname = (father != null ? father : mother).name().substring(0, 1);
        List<Person> children = new ArrayList<>();
        for (LocalDate birth : births) {
            Sex sex = random.nextBoolean() ? Sex.M : Sex.F;
            children.add(newPerson(regionCode, sex, birth, childSurname));
        }
        Person grandparent = null;
        if (mayLiveWithGrandparent && random.nextInt(100) < 15) {
            Sex sex = random.nextBoolean() ? Sex.M : Sex.F;
            // the head's father shares the head's surname; the head's mother has her own
            String surname = sex == Sex.M ? head.name().substring(0, 1) : null;
            grandparent = newPerson(
                    regionCode, sex, head.birthDate().getYear() - 24 - random.nextInt(9), koreanEthnicArea, surname);
        }
        return new Family(head, spouse, children, grandparent);
    }

    private List<Member> members(Family family, LocalDate moveIn) {
        List<Member> members = new ArrayList<>();
        members.add(new Member(family.head().idNumber(), "户主", moveIn));
        if (family.spouse() != null) {
            members.add(new Member(family.spouse().idNumber(), family.spouse().sex() == Sex.F ? "妻" : "夫", moveIn));
        }
        for (Person child : family.children()) {
            // a child born after the move is registered a few weeks after birth
            LocalDate registered =
                    child.birthDate().isAfter(moveIn) ? child.birthDate().plusDays(20 + random.nextInt(40)) : moveIn;
            members.add(new Member(child.idNumber(), child.sex() == Sex.M ? "子" : "女", registered));
        }
        if (family.grandparent() != null) {
            members.add(new Member(
                    family.grandparent().idNumber(), family.grandparent().sex() == Sex.M ? "父亲" : "母亲", moveIn));
        }
        return members;
    }

    /** One guardian owns it outright, or both own half each (共同共有 by the parents). */
    private List<Owner> owners(Family family) {
        if (family.spouse() != null && random.nextInt(10) < 4) {
            return List.of(
                    new Owner(family.head().idNumber(), "50%"),
                    new Owner(family.spouse().idNumber(), "50%"));
        }
        Person owner = family.guardians().get(random.nextInt(family.guardians().size()));
        return List.of(new Owner(owner.idNumber(), "100%"));
    }

    private void addResidentialProperty(String districtCode, String address, LocalDate registered, Family family) {
        addProperty(
                districtCode,
                address,
                PropertyUsage.RESIDENTIAL,
                registered,
                certificateNumber(districtCode, registered),
                owners(family));
    }

    /** Contributions up to last month, or stopped a while ago; sometimes after an earlier gap. */
    private void addGeneratedInsurance(Person insured, District district, boolean lapsed) {
        int continuous = 12 + random.nextInt(169);
        YearMonth last = lapsed ? LAST_FULL_MONTH.minusMonths(3 + random.nextInt(16)) : LAST_FULL_MONTH;
        int earlierGap = random.nextInt(5) == 0 ? 6 + random.nextInt(31) : 0;
        YearMonth first = last.minusMonths(continuous - 1L + earlierGap);
        addInsurance(insured, employer(district), district.code(), first, continuous, last);
    }

    // ---- registries ----

    private void addHousehold(String districtCode, String address, List<Member> members) {
        String number = districtCode + "%06d".formatted(next("household-" + districtCode));
        households.add(new Household(number, address, districtCode, members));
    }

    private void addProperty(
            String districtCode,
            String address,
            PropertyUsage usage,
            LocalDate registered,
            String certificateNumber,
            List<Owner> owners) {
        String id = "BDC-" + districtCode + "-" + "%06d".formatted(next("property-" + districtCode));
        properties.add(new Property(id, certificateNumber, address, districtCode, usage, registered, owners));
    }

    private void addPermit(Person holder, String districtCode, String address, LocalDate issued, LocalDate expires) {
        String key = districtCode + issued.getYear();
        String number = key + "%05d".formatted(next("permit-" + key));
        permits.add(new ResidencePermit(number, holder.idNumber(), address, districtCode, issued, expires));
    }

    private void addInsurance(Person insured, String employer, String districtCode, YearMonth first, int months) {
        addInsurance(insured, employer, districtCode, first, months, first.plusMonths(months - 1L));
    }

    private void addInsurance(
            Person insured, String employer, String districtCode, YearMonth first, int continuous, YearMonth last) {
        insurance.add(new SocialInsuranceRecord(insured.idNumber(), employer, districtCode, first, last, continuous));
    }

    /** 吉(year)<registry>不动产权第NNNNNNN号, numbered per registry and year from a random start. */
    private String certificateNumber(String districtCode, LocalDate registered) {
        String registry = Geography.baishan(districtCode).registryName();
        String key = "certificate-" + registry + registered.getYear();
        sequences.computeIfAbsent(key, k -> random.nextInt(3000));
        String number;
        do {
            number = "吉(%d)%s不动产权第%07d号".formatted(registered.getYear(), registry, next(key));
        } while (!usedCertificates.add(number));
        return number;
    }

    private int next(String sequence) {
        return sequences.merge(sequence, 1, Integer::sum);
    }

    // ---- people ----

    private Person newPerson(String regionCode, Sex sex, int birthYear, boolean koreanEthnicArea, String surname) {
        LocalDate birth = randomDate(LocalDate.of(birthYear, 1, 1), LocalDate.of(birthYear, 12, 31));
        return newPerson(
                regionCode, sex, birth, surname != null ? surname : ChineseNames.surname(random, koreanEthnicArea));
    }

    private Person newPerson(String regionCode, Sex sex, LocalDate birth, String surname) {
        String idNumber;
        do {
            // the last digit of the order code is odd for men and even for women
            int sexDigit = random.nextInt(5) * 2 + (sex == Sex.M ? 1 : 0);
            String first17 = regionCode + birth.format(BASIC_DATE) + "%02d".formatted(random.nextInt(100)) + sexDigit;
            idNumber = first17 + IdNumbers.checkCharacter(first17);
        } while (!usedIds.add(idNumber));
        Person person =
                new Person(idNumber, surname + ChineseNames.givenName(random, sex, birth.getYear()), sex, birth);
        persons.add(person);
        return person;
    }

    // ---- places ----

    private District weightedDistrict() {
        int total = Geography.BAISHAN.stream().mapToInt(District::weight).sum();
        int draw = random.nextInt(total);
        for (District district : Geography.BAISHAN) {
            draw -= district.weight();
            if (draw < 0) {
                return district;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private String newBaishanAddress(District district) {
        String address;
        do {
            Compound compound = ChineseNames.pick(random, district.compounds());
            address = district.prefix() + compound.street() + compound.community() + compound.name() + apartment();
        } while (!usedAddresses.add(address));
        return address;
    }

    private String newShopAddress(District district) {
        String address;
        do {
            Compound compound = ChineseNames.pick(random, district.compounds());
            address = district.prefix() + compound.street() + compound.community() + compound.name() + "商业网点"
                    + (1 + random.nextInt(40)) + "号";
        } while (!usedAddresses.add(address));
        return address;
    }

    private String newOriginAddress(Region origin) {
        String address;
        do {
            address = origin.prefix() + origin.street() + origin.community() + apartment();
        } while (!usedAddresses.add(address));
        return address;
    }

    /** e.g. 3栋2单元101号: building, entrance, floor and door. */
    private String apartment() {
        return "%d栋%d单元%d%02d号"
                .formatted(1 + random.nextInt(20), 1 + random.nextInt(4), 1 + random.nextInt(7), 1 + random.nextInt(2));
    }

    private String reserveAddress(String address) {
        usedAddresses.add(address);
        return address;
    }

    private String employer(District district) {
        String place = district.code().equals("220602") || district.code().equals("220605") ? "白山市" : district.name();
        return place
                + ChineseNames.pick(random, EMPLOYER_CORES)
                + ChineseNames.pick(random, EMPLOYER_TRADES)
                + (random.nextBoolean() ? "有限公司" : "有限责任公司");
    }

    private LocalDate randomDate(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }
}
