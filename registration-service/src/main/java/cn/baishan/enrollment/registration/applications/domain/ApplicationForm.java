package cn.baishan.enrollment.registration.applications.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a parent fills in, checked as a whole: the form is either fully valid or rejected with every
 * broken rule listed, so the parent corrects everything in one go.
 */
public record ApplicationForm(
        String districtCode,
        int enrollmentYear,
        Stage stage,
        Child child,
        List<Guardian> guardians,
        String hukouAddress,
        Claims claims) {

    /** Raw identity input: a document type and number, plus what must be declared for non-ID documents. */
    public record PersonInput(String name, IdType idType, String idNumber, LocalDate birthDate, Sex sex) {}

    /** A guardian as typed in. */
    public record GuardianInput(PersonInput person, GuardianRelation relation, String phone) {}

    private static final int MIN_YEAR = 2024;
    private static final int MAX_YEAR = 2100;

    /** A form without claims under the default district rules. */
    public static ApplicationForm of(
            String districtCode,
            int enrollmentYear,
            Stage stage,
            PersonInput child,
            List<GuardianInput> guardians,
            String hukouAddress) {
        return of(
                districtCode,
                enrollmentYear,
                stage,
                child,
                guardians,
                hukouAddress,
                Claims.NONE,
                DistrictRules.DEFAULT);
    }

    /**
     * Validates raw input into a form under the district's rules; throws {@link InvalidApplicationException}
     * listing every problem.
     */
    public static ApplicationForm of(
            String districtCode,
            int enrollmentYear,
            Stage stage,
            PersonInput child,
            List<GuardianInput> guardians,
            String hukouAddress,
            Claims claims,
            DistrictRules rules) {
        List<Violation> violations = new ArrayList<>();
        if (!BaishanDistricts.contains(districtCode)) {
            violations.add(new Violation("districtCode", "baishan-district", "不是白山市的县（市、区）代码"));
        }
        if (enrollmentYear < MIN_YEAR || enrollmentYear > MAX_YEAR) {
            violations.add(new Violation("enrollmentYear", "range", "招生年度不正确"));
        }
        Child parsedChild = child(child, violations);
        if (parsedChild != null
                && stage == Stage.PRIMARY_GRADE_1
                && parsedChild.birthDate() != null
                && !rules.oldEnoughForGradeOne(parsedChild.birthDate(), enrollmentYear)) {
            violations.add(new Violation(
                    "child.birthDate",
                    "age-six-by-cut-off",
                    "一年级入学须在" + ChineseDates.date(rules.cutOff(enrollmentYear)) + "前年满6周岁，该儿童"
                            + ChineseDates.date(DistrictRules.sixthBirthday(parsedChild.birthDate())) + "才满6周岁"));
        }
        Claims parsedClaims = Claims.validate(claims, stage, rules.maxSchoolPreferences(), violations);
        List<Guardian> parsedGuardians = new ArrayList<>();
        for (int i = 0; i < guardians.size(); i++) {
            GuardianInput g = guardians.get(i);
            IdentityDocument doc = document("guardians[" + i + "]", g.person(), violations);
            parsedGuardians.add(new Guardian(g.person().name().trim(), g.relation(), doc, g.phone()));
        }
        if (violations.isEmpty() && parsedChild != null) {
            for (Guardian g : parsedGuardians) {
                if (g.document().number().equals(parsedChild.document().number())) {
                    violations.add(new Violation("guardians", "distinct-person", "监护人证件号码不能与儿童相同"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidApplicationException(violations);
        }
        return new ApplicationForm(
                districtCode, enrollmentYear, stage, parsedChild, parsedGuardians, hukouAddress.trim(), parsedClaims);
    }

    /**
     * The paths of what differs between this form and {@code before}, in the words of
     * {@code ApplicationSupplemented}: {@code hukouAddress}, {@code child.idNumber}, {@code guardians},
     * {@code claims.property}, …
     */
    public List<String> changedFrom(ApplicationForm before) {
        List<String> changed = new ArrayList<>();
        if (!child.name().equals(before.child().name())) {
            changed.add("child.name");
        }
        if (child.document().type() != before.child().document().type()) {
            changed.add("child.idType");
        }
        if (!child.document().number().equals(before.child().document().number())) {
            changed.add("child.idNumber");
        }
        if (!Objects.equals(child.birthDate(), before.child().birthDate())) {
            changed.add("child.birthDate");
        }
        if (child.sex() != before.child().sex()) {
            changed.add("child.sex");
        }
        if (!guardians.equals(before.guardians())) {
            changed.add("guardians");
        }
        if (!hukouAddress.equals(before.hukouAddress())) {
            changed.add("hukouAddress");
        }
        changed.addAll(claims.changedParts(before.claims()));
        return changed;
    }

    private static Child child(PersonInput input, List<Violation> violations) {
        IdentityDocument doc = document("child", input, violations);
        if (doc == null) {
            return null;
        }
        if (input.idType() == IdType.RESIDENT_ID) {
            ResidentIdNumber id = ResidentIdNumber.parse(input.idNumber()).number();
            return new Child(input.name().trim(), doc, id.birthDate(), id.sex());
        }
        if (input.birthDate() == null) {
            violations.add(new Violation("child.birthDate", "required", "非居民身份证件须填写出生日期"));
        }
        if (input.sex() == null) {
            violations.add(new Violation("child.sex", "required", "非居民身份证件须填写性别"));
        }
        return new Child(input.name().trim(), doc, input.birthDate(), input.sex());
    }

    private static IdentityDocument document(String path, PersonInput input, List<Violation> violations) {
        if (input.idType() == IdType.RESIDENT_ID) {
            ResidentIdNumber.Result result = ResidentIdNumber.parse(input.idNumber());
            if (result.valid().isEmpty()) {
                violations.add(new Violation(path + ".idNumber", result.rule(), result.message()));
                return null;
            }
            if (input.birthDate() != null
                    && !input.birthDate().equals(result.number().birthDate())) {
                violations.add(new Violation(path + ".birthDate", "matches-id-number", "出生日期与身份证号码不一致"));
            }
            return new IdentityDocument(IdType.RESIDENT_ID, result.number().value());
        }
        String number = input.idNumber().trim().toUpperCase();
        if (!number.matches("[A-Z0-9]{5,20}")) {
            violations.add(new Violation(path + ".idNumber", "format", "证件号码应为5至20位字母或数字"));
            return null;
        }
        return new IdentityDocument(input.idType(), number);
    }
}
