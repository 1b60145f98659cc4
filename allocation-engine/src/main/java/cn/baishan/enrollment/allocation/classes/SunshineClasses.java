package cn.baishan.enrollment.allocation.classes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Sunshine class assignment (阳光分班, SPEC §4): spreads a school's enrolled students over its classes at random
 * from a published seed, so that class sizes, girls, boys, special-needs students — and each of the four
 * sex × special-needs groups — differ by at most one between any two classes, and no class exceeds the cap.
 *
 * <p>The algorithm (version {@value #ALGORITHM_VERSION}; the module README states it step by step):
 *
 * <ol>
 *   <li>sort the students by public id (unsigned UTF-8 byte order) and split them, keeping that order, into four
 *       groups dealt in this order: girls without special needs, girls with, boys with, boys without;
 *   <li>shuffle each group in that order, then the class numbers 1..k, with Fisher–Yates driven by one
 *       {@link Sha256Stream} over the seed;
 *   <li>concatenate the groups and give the i-th student (from 0) the shuffled class number at position i mod k.
 * </ol>
 *
 * <p>Why the bounds hold: the i-th student goes to slot i mod k, so any run of consecutive students of length L
 * puts ⌊L/k⌋ or ⌈L/k⌉ of them in every class. The order above makes the whole list, each group, all girls (groups
 * 1–2), all special-needs students (groups 2–3) and all boys (groups 3–4) such runs. Continuing the rotation
 * across groups is the same as starting each group at the currently smallest class. Students without special
 * needs (groups 4 and 1) are not one run; they differ by at most two. Shuffling the class numbers keeps class 1
 * from always getting the extra student.
 */
public final class SunshineClasses {

    public static final String ALGORITHM_VERSION = "sunshine-classes/v1";

    /** Seeds shorter than this could be guessed before publication. */
    public static final int MIN_SEED_BYTES = 16;

    private static final Comparator<EnrolledStudent> BY_PUBLIC_ID = (a, b) -> Arrays.compareUnsigned(
            a.publicId().getBytes(StandardCharsets.UTF_8), b.publicId().getBytes(StandardCharsets.UTF_8));

    private SunshineClasses() {}

    public static ClassAssignment assign(List<EnrolledStudent> students, ClassPlan plan, String seedHex) {
        byte[] seed;
        try {
            seed = HexFormat.of().parseHex(seedHex == null ? "" : seedHex.strip());
        } catch (IllegalArgumentException e) {
            throw new SunshineClassException("seed", "hex", "seed must be hexadecimal with an even number of digits");
        }
        return assign(students, plan, seed);
    }

    public static ClassAssignment assign(List<EnrolledStudent> students, ClassPlan plan, byte[] seed) {
        if (seed == null || seed.length < MIN_SEED_BYTES) {
            throw new SunshineClassException(
                    "seed", "min-length", "seed must have at least " + MIN_SEED_BYTES + " bytes");
        }
        List<EnrolledStudent> sorted = new ArrayList<>(students);
        sorted.sort(BY_PUBLIC_ID);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).publicId().equals(sorted.get(i - 1).publicId())) {
                throw new SunshineClassException("students", "unique-public-id", "a public id appears twice");
            }
        }
        int k = plan.classes();
        if ((long) k * plan.cap() < sorted.size()) {
            int needed = ClassPlan.requiredClasses(sorted.size(), plan.cap());
            throw new SunshineClassException(
                    "classes",
                    "cap-exceeded",
                    sorted.size() + " students do not fit " + k + " classes of at most " + plan.cap()
                            + "; open at least " + needed + " classes");
        }

        Sha256Stream stream = new Sha256Stream(seed);
        List<EnrolledStudent> dealOrder = new ArrayList<>(sorted.size());
        for (Group group : Group.values()) {
            EnrolledStudent[] members = sorted.stream().filter(group::contains).toArray(EnrolledStudent[]::new);
            stream.shuffle(members);
            dealOrder.addAll(Arrays.asList(members));
        }
        Integer[] classNumbers = new Integer[k];
        for (int slot = 0; slot < k; slot++) {
            classNumbers[slot] = slot + 1;
        }
        stream.shuffle(classNumbers);

        int[] classOfSorted = new int[sorted.size()];
        for (int i = 0; i < dealOrder.size(); i++) {
            classOfSorted[indexIn(sorted, dealOrder.get(i))] = classNumbers[i % k];
        }
        return new ClassAssignment(plan, sorted, classOfSorted);
    }

    private static int indexIn(List<EnrolledStudent> sorted, EnrolledStudent student) {
        return Collections.binarySearch(sorted, student, BY_PUBLIC_ID);
    }

    /** The four groups in dealing order; the order is what makes girls, boys and special needs contiguous. */
    private enum Group {
        GIRLS_WITHOUT_SPECIAL_NEEDS(Sex.F, false),
        GIRLS_WITH_SPECIAL_NEEDS(Sex.F, true),
        BOYS_WITH_SPECIAL_NEEDS(Sex.M, true),
        BOYS_WITHOUT_SPECIAL_NEEDS(Sex.M, false);

        private final Sex sex;
        private final boolean specialNeeds;

        Group(Sex sex, boolean specialNeeds) {
            this.sex = sex;
            this.specialNeeds = specialNeeds;
        }

        boolean contains(EnrolledStudent student) {
            return student.sex() == sex && student.specialNeeds() == specialNeeds;
        }
    }
}
