package cn.baishan.enrollment.allocation.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SunshineClassesTest {

    private static final String SEED = "00112233445566778899aabbccddeeff";

    @Test
    void random_schools_get_classes_balanced_within_one_by_size_sex_and_special_needs_and_never_over_the_cap() {
        for (long instance = 1; instance <= 600; instance++) {
            Random random = new Random(instance);
            int cap = 1 + random.nextInt(ClassPlan.MAX_CAP);
            int studentCount = random.nextInt(instance % 10 == 0 ? 400 : 120);
            int minimum = ClassPlan.requiredClasses(studentCount, cap);
            int classes = Math.max(1, minimum) + random.nextInt(4);
            List<EnrolledStudent> students = randomStudents(random, studentCount);
            byte[] seed = new byte[16 + random.nextInt(32)];
            random.nextBytes(seed);
            String context = "instance " + instance + " (" + studentCount + " students, " + classes + " classes, cap "
                    + cap + ")";

            ClassAssignment result = SunshineClasses.assign(students, new ClassPlan(classes, cap), seed);

            assertThat(result.classByPublicId()).as(context).hasSize(studentCount);
            assertThat(result.classByPublicId().values()).as(context).allSatisfy(number -> assertThat(number)
                    .isBetween(1, classes));
            int[] sizes = count(result, students, s -> true, classes);
            assertThat(Arrays.stream(sizes).max().orElseThrow()).as(context).isLessThanOrEqualTo(cap);
            assertSpreadAtMost(1, sizes, context + ", sizes");
            assertSpreadAtMost(1, count(result, students, s -> s.sex() == Sex.F, classes), context + ", girls");
            assertSpreadAtMost(1, count(result, students, s -> s.sex() == Sex.M, classes), context + ", boys");
            assertSpreadAtMost(1, count(result, students, EnrolledStudent::specialNeeds, classes), context + ", SN");
            for (Sex sex : Sex.values()) {
                for (boolean specialNeeds : new boolean[] {false, true}) {
                    Predicate<EnrolledStudent> group = s -> s.sex() == sex && s.specialNeeds() == specialNeeds;
                    assertSpreadAtMost(
                            1, count(result, students, group, classes), context + ", " + sex + "/" + specialNeeds);
                }
            }
            assertSpreadAtMost(2, count(result, students, s -> !s.specialNeeds(), classes), context + ", non-SN");
            assertThat(result.summaries())
                    .as(context)
                    .extracting(ClassAssignment.ClassSummary::size)
                    .containsExactly(Arrays.stream(sizes).boxed().toArray(Integer[]::new));
        }
    }

    @Test
    void the_same_seed_gives_the_identical_assignment_whatever_order_the_students_come_in() {
        List<EnrolledStudent> students = randomStudents(new Random(7), 230);
        List<EnrolledStudent> reordered = new ArrayList<>(students);
        Collections.shuffle(reordered, new Random(8));

        ClassAssignment first = SunshineClasses.assign(students, ClassPlan.of(6, EntryGrade.GRADE_1), SEED);
        ClassAssignment second = SunshineClasses.assign(reordered, ClassPlan.of(6, EntryGrade.GRADE_1), SEED);

        assertThat(second.classByPublicId()).containsExactlyEntriesOf(first.classByPublicId());
        assertThat(second.digest()).isEqualTo(first.digest());
    }

    @Test
    void a_different_seed_gives_a_different_assignment() {
        List<EnrolledStudent> students = randomStudents(new Random(7), 230);

        ClassAssignment first = SunshineClasses.assign(students, ClassPlan.of(6, EntryGrade.GRADE_1), SEED);
        ClassAssignment other = SunshineClasses.assign(
                students, ClassPlan.of(6, EntryGrade.GRADE_1), "00112233445566778899aabbccddeefe");

        assertThat(other.classByPublicId()).isNotEqualTo(first.classByPublicId());
        assertThat(other.digest()).isNotEqualTo(first.digest());
    }

    @Test
    void the_extra_student_does_not_always_go_to_class_one() {
        List<EnrolledStudent> students = randomStudents(new Random(3), 31);
        Set<Integer> largestClass = new HashSet<>();
        for (int s = 0; s < 40; s++) {
            byte[] seed = new byte[16];
            seed[0] = (byte) s;
            ClassAssignment result = SunshineClasses.assign(students, new ClassPlan(3, 45), seed);
            result.summaries().stream()
                    .filter(summary -> summary.size() == 11)
                    .forEach(summary -> largestClass.add(summary.classNumber()));
        }
        assertThat(largestClass).containsExactlyInAnyOrder(1, 2, 3);
    }

    /** Checked in so that any change to the published algorithm (stream, shuffle, dealing) fails here. */
    @Test
    void a_known_small_school_gets_the_published_classes() {
        List<EnrolledStudent> students = List.of(
                new EnrolledStudent("S01", Sex.F, false),
                new EnrolledStudent("S02", Sex.F, false),
                new EnrolledStudent("S03", Sex.F, true),
                new EnrolledStudent("S04", Sex.F, false),
                new EnrolledStudent("S05", Sex.M, false),
                new EnrolledStudent("S06", Sex.M, true),
                new EnrolledStudent("S07", Sex.M, false),
                new EnrolledStudent("S08", Sex.M, false),
                new EnrolledStudent("S09", Sex.F, false),
                new EnrolledStudent("S10", Sex.M, false),
                new EnrolledStudent("S11", Sex.M, true),
                new EnrolledStudent("S12", Sex.F, false));

        ClassAssignment result = SunshineClasses.assign(students, new ClassPlan(3, 45), SEED);

        assertThat(result.classByPublicId()).isEqualTo(KNOWN_VECTOR);
        assertThat(result.digest()).isEqualTo(KNOWN_DIGEST);
        assertThat(result.algorithmVersion()).isEqualTo("sunshine-classes/v1");
    }

    /** Computed independently by a Python re-implementation of the README's steps (not by this code). */
    private static final Map<String, Integer> KNOWN_VECTOR = Map.ofEntries(
            Map.entry("S01", 2),
            Map.entry("S02", 1),
            Map.entry("S03", 3),
            Map.entry("S04", 1),
            Map.entry("S05", 1),
            Map.entry("S06", 1),
            Map.entry("S07", 3),
            Map.entry("S08", 3),
            Map.entry("S09", 2),
            Map.entry("S10", 2),
            Map.entry("S11", 2),
            Map.entry("S12", 3));

    private static final String KNOWN_DIGEST = "c660f80b02cb3851c2fa7fbcf448e232b2071305c70c067d81ec6514ed482ff3";

    @Test
    void the_random_stream_is_sha256_in_counter_mode_over_the_domain_and_seed() throws Exception {
        byte[] seed = HexFormat.of().parseHex(SEED);
        Sha256Stream stream = new Sha256Stream(seed);
        byte[] fromStream = new byte[40];
        for (int i = 0; i < fromStream.length; i++) {
            fromStream[i] = (byte) stream.nextByte();
        }

        byte[] expected = new byte[64];
        for (long counter = 0; counter < 2; counter++) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("baishan/sunshine-classes/v1".getBytes(StandardCharsets.UTF_8));
            sha256.update(new byte[] {0});
            sha256.update(seed);
            sha256.update(java.nio.ByteBuffer.allocate(8).putLong(counter).array());
            System.arraycopy(sha256.digest(), 0, expected, (int) counter * 32, 32);
        }
        assertThat(fromStream).containsExactly(Arrays.copyOf(expected, 40));
    }

    @Test
    void a_cap_of_56_or_more_is_rejected_and_55_is_allowed() {
        assertThatThrownBy(() -> new ClassPlan(4, 56)).isInstanceOfSatisfying(SunshineClassException.class, e -> {
            assertThat(e.field()).isEqualTo("cap");
            assertThat(e.rule()).isEqualTo("cap-range");
        });
        assertThatThrownBy(() -> new ClassPlan(4, 80)).isInstanceOf(SunshineClassException.class);
        assertThatThrownBy(() -> ClassPlan.fewestClassesFor(100, 56)).isInstanceOf(SunshineClassException.class);
        assertThatThrownBy(() -> new ClassPlan(4, 0)).isInstanceOf(SunshineClassException.class);
        assertThat(new ClassPlan(4, 55).cap()).isEqualTo(55);
    }

    @Test
    void the_default_caps_are_45_for_grade_1_and_50_for_grade_7() {
        assertThat(ClassPlan.of(3, EntryGrade.GRADE_1).cap()).isEqualTo(45);
        assertThat(ClassPlan.of(3, EntryGrade.GRADE_7).cap()).isEqualTo(50);
    }

    @Test
    void the_fewest_classes_keep_every_class_within_the_cap() {
        assertThat(ClassPlan.fewestClassesFor(0, EntryGrade.GRADE_1).classes()).isZero();
        assertThat(ClassPlan.fewestClassesFor(45, EntryGrade.GRADE_1).classes()).isEqualTo(1);
        assertThat(ClassPlan.fewestClassesFor(46, EntryGrade.GRADE_1).classes()).isEqualTo(2);
        assertThat(ClassPlan.fewestClassesFor(301, EntryGrade.GRADE_7).classes())
                .isEqualTo(7);

        List<EnrolledStudent> students = randomStudents(new Random(11), 301);
        ClassAssignment result =
                SunshineClasses.assign(students, ClassPlan.fewestClassesFor(301, EntryGrade.GRADE_7), SEED);
        assertThat(result.summaries())
                .extracting(ClassAssignment.ClassSummary::size)
                .allSatisfy(size -> assertThat(size).isBetween(42, 43));
    }

    @Test
    void more_students_than_the_classes_can_hold_asks_for_more_classes() {
        List<EnrolledStudent> students = randomStudents(new Random(5), 91);

        assertThatThrownBy(() -> SunshineClasses.assign(students, ClassPlan.of(2, EntryGrade.GRADE_1), SEED))
                .isInstanceOfSatisfying(SunshineClassException.class, e -> {
                    assertThat(e.field()).isEqualTo("classes");
                    assertThat(e.rule()).isEqualTo("cap-exceeded");
                    assertThat(e.getMessage()).contains("at least 3 classes");
                });
    }

    @Test
    void an_empty_school_gets_empty_classes() {
        ClassAssignment opened = SunshineClasses.assign(List.of(), ClassPlan.of(2, EntryGrade.GRADE_1), SEED);
        ClassAssignment none = SunshineClasses.assign(List.of(), ClassPlan.fewestClassesFor(0, 45), SEED);

        assertThat(opened.classByPublicId()).isEmpty();
        assertThat(opened.summaries())
                .extracting(ClassAssignment.ClassSummary::size)
                .containsExactly(0, 0);
        assertThat(none.classes()).isZero();
        assertThat(none.summaries()).isEmpty();
    }

    @Test
    void duplicate_public_ids_short_seeds_and_bad_hex_are_rejected() {
        List<EnrolledStudent> twice =
                List.of(new EnrolledStudent("A1", Sex.F, false), new EnrolledStudent("A1", Sex.M, false));
        assertThatThrownBy(() -> SunshineClasses.assign(twice, new ClassPlan(1, 45), SEED))
                .isInstanceOfSatisfying(
                        SunshineClassException.class, e -> assertThat(e.rule()).isEqualTo("unique-public-id"));
        assertThatThrownBy(() -> SunshineClasses.assign(List.of(), new ClassPlan(1, 45), "00ff"))
                .isInstanceOfSatisfying(
                        SunshineClassException.class, e -> assertThat(e.rule()).isEqualTo("min-length"));
        assertThatThrownBy(() -> SunshineClasses.assign(List.of(), new ClassPlan(1, 45), "zz" + SEED))
                .isInstanceOfSatisfying(
                        SunshineClassException.class, e -> assertThat(e.rule()).isEqualTo("hex"));
        assertThatThrownBy(() -> new EnrolledStudent(" ", Sex.F, false)).isInstanceOf(SunshineClassException.class);
        assertThatThrownBy(() -> new EnrolledStudent("A2", null, false))
                .isInstanceOfSatisfying(
                        SunshineClassException.class, e -> assertThat(e.field()).isEqualTo("sex"));
    }

    private static List<EnrolledStudent> randomStudents(Random random, int count) {
        double girlShare = random.nextDouble();
        double specialShare = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.3;
        List<EnrolledStudent> students = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            students.add(new EnrolledStudent(
                    "P" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i,
                    random.nextDouble() < girlShare ? Sex.F : Sex.M,
                    random.nextDouble() < specialShare));
        }
        return students;
    }

    private static int[] count(
            ClassAssignment result, List<EnrolledStudent> students, Predicate<EnrolledStudent> which, int classes) {
        int[] counts = new int[classes];
        for (EnrolledStudent student : students) {
            if (which.test(student)) {
                counts[result.classOf(student.publicId()) - 1]++;
            }
        }
        return counts;
    }

    private static void assertSpreadAtMost(int bound, int[] counts, String context) {
        int max = Arrays.stream(counts).max().orElse(0);
        int min = Arrays.stream(counts).min().orElse(0);
        assertThat(max - min).as(context + " " + Arrays.toString(counts)).isLessThanOrEqualTo(bound);
    }
}
