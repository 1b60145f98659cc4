package cn.baishan.enrollment.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The simulator's synthetic population (the shipped file the stack loads), read the way a test author would look
 * children up with {@code jq}: children of grade-1 or grade-7 age in households registered in Baishan, with the
 * household's registered address and head. {@link #take} hands each child out once per JVM, so the test classes
 * sharing one stack never submit for the same child (one active application per child, stage and year is
 * city-wide). The demo families and the children other classes use are never handed out.
 */
final class Population {

    /**
     * The year applied for. Registration accepts a year only inside its window (2027 is open today; 2028 opens on
     * 2027-01-01), so collisions with the other classes' children are avoided by excluding them, not by the year.
     */
    static final int YEAR = 2027;

    /** EligibilityFlowIT's families, each chosen for what the registries hold about it. */
    static final String HUKOU_ONLY_CHILD = "220605202011133353";

    static final String PROPERTY_ONLY_CHILD = "210602201505049308";
    static final String SUPPLEMENT_CHILD = "220602202105161292";
    static final String PREFERENTIAL_CHILD = "220602202104057952";
    static final String CHANGE_NOTICE_CHILD = "220602202106141314";
    static final String AUDIT_CHILD = "220602202105127094";

    /** Children the other system tests submit for (FirstFlowIT, CatchmentFlowIT, EligibilityFlowIT). */
    private static final Set<String> USED_ELSEWHERE = Set.of(
            "220602202103150020",
            "210102202011020019",
            "22068120140709003X",
            "220602202011136985",
            "220602202009076100",
            HUKOU_ONLY_CHILD,
            PROPERTY_ONLY_CHILD,
            SUPPLEMENT_CHILD,
            PREFERENTIAL_CHILD,
            CHANGE_NOTICE_CHILD,
            AUDIT_CHILD);

    private static final Set<String> BAISHAN_DISTRICTS =
            Set.of("220602", "220605", "220621", "220622", "220623", "220681");

    /** A child the registry knows, with what a parent would write into the form. */
    record Child(
            String idNumber,
            String name,
            String stage,
            String districtCode,
            String hukouAddress,
            String guardianName,
            String guardianIdNumber,
            String guardianRelation) {

        /** The application form; {@code declaredAddress} is what the parent claims as hukou address. */
        String form(String declaredAddress) {
            return """
                    {"districtCode":"%s","enrollmentYear":%d,"stage":"%s",
                     "child":{"name":"%s","idType":"RESIDENT_ID","idNumber":"%s"},
                     "guardians":[{"name":"%s","relation":"%s","idType":"RESIDENT_ID","idNumber":"%s","phone":"13900000000"}],
                     "hukouAddress":"%s"}
                    """
                    .formatted(
                            districtCode,
                            YEAR,
                            stage,
                            name,
                            idNumber,
                            guardianName,
                            guardianRelation,
                            guardianIdNumber,
                            declaredAddress);
        }

        /** The form as the registry has it: the household's own address. */
        String form() {
            return form(hukouAddress);
        }

        /** A declared address the registry does not hold for this child (a different building number). */
        String wrongAddress() {
            String changed = hukouAddress.replaceFirst("(\\d+)栋", "9$1栋");
            return changed.equals(hukouAddress) ? hukouAddress + "甲" : changed;
        }
    }

    private static List<Child> children;
    private static Set<String> allIdNumbers;
    private static final Set<String> handedOut = new java.util.HashSet<>();

    private Population() {}

    static Path file() {
        return Stack.get()
                .config()
                .root()
                .resolve("deploy/partner-simulator/src/main/resources/population/baishan-population.json");
    }

    /** {@code n} children no other caller in this JVM got. */
    static synchronized List<Child> take(int n) {
        List<Child> out = take(n, child -> true);
        if (out.size() < n) {
            throw new IllegalStateException("the population has only " + out.size() + " further suitable children");
        }
        return out;
    }

    /** Up to {@code n} children matching {@code wanted} that no other caller in this JVM got (fewer if not there). */
    static synchronized List<Child> take(int n, java.util.function.Predicate<Child> wanted) {
        load();
        List<Child> out = new ArrayList<>();
        for (Child child : children) {
            if (out.size() == n) {
                break;
            }
            if (!handedOut.contains(child.idNumber()) && wanted.test(child)) {
                out.add(child);
            }
        }
        out.forEach(child -> handedOut.add(child.idNumber()));
        return List.copyOf(out);
    }

    /** Every ID number in the population (children, guardians, grandparents), for the log and response scans. */
    static synchronized Set<String> allIdNumbers() {
        load();
        return allIdNumbers;
    }

    private static void load() {
        if (children != null) {
            return;
        }
        JsonNode root;
        try {
            root = Api.JSON.readTree(Files.readString(file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JsonNode> persons = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        root.get("persons").forEach(p -> {
            persons.put(p.get("idNumber").asString(), p);
            ids.add(p.get("idNumber").asString());
        });
        List<Child> found = new ArrayList<>();
        for (JsonNode household : root.get("households")) {
            String district = household.get("districtCode").asString();
            if (!BAISHAN_DISTRICTS.contains(district)) {
                continue; // migrants: their verdict depends on permit and insurance, not only on the address
            }
            JsonNode head =
                    persons.get(household.get("members").get(0).get("idNumber").asString());
            for (JsonNode member : household.get("members")) {
                String id = member.get("idNumber").asString();
                JsonNode person = persons.get(id);
                String stage = stage(LocalDate.parse(person.get("birthDate").asString()));
                if (stage == null
                        || USED_ELSEWHERE.contains(id)
                        || id.equals(head.get("idNumber").asString())) {
                    continue;
                }
                found.add(new Child(
                        id,
                        person.get("name").asString(),
                        stage,
                        district,
                        household.get("addressText").asString(),
                        head.get("name").asString(),
                        head.get("idNumber").asString(),
                        "M".equals(head.get("sex").asString()) ? "FATHER" : "MOTHER"));
            }
        }
        children = found;
        allIdNumbers = Set.copyOf(ids);
    }

    /** The cohorts the generator makes: grade 1 born 2020-09..2021-08, grade 7 born 2014-09..2015-08. */
    private static String stage(LocalDate birth) {
        if (!birth.isBefore(LocalDate.of(2020, 9, 1)) && birth.isBefore(LocalDate.of(2021, 9, 1))) {
            return "PRIMARY_GRADE_1";
        }
        if (!birth.isBefore(LocalDate.of(2014, 9, 1)) && birth.isBefore(LocalDate.of(2015, 9, 1))) {
            return "JUNIOR_GRADE_7";
        }
        return null;
    }
}
