package cn.baishan.enrollment.allocation.classes;

import cn.baishan.enrollment.allocation.lottery.Digests;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The result of one sunshine class assignment: the class number (1..{@link #classes()}) of every student, in
 * public-id order, with per-class counts for the public notice.
 */
public final class ClassAssignment {

    /** One class's head counts, as published next to the roster. */
    public record ClassSummary(int classNumber, int size, int girls, int boys, int specialNeeds) {}

    private final ClassPlan plan;
    private final Map<String, Integer> classOf;
    private final List<ClassSummary> summaries;

    ClassAssignment(ClassPlan plan, List<EnrolledStudent> studentsInIdOrder, int[] classNumbers) {
        this.plan = plan;
        Map<String, Integer> byId = new LinkedHashMap<>();
        int[] size = new int[plan.classes() + 1];
        int[] girls = new int[plan.classes() + 1];
        int[] special = new int[plan.classes() + 1];
        for (int i = 0; i < classNumbers.length; i++) {
            EnrolledStudent student = studentsInIdOrder.get(i);
            int number = classNumbers[i];
            byId.put(student.publicId(), number);
            size[number]++;
            if (student.sex() == Sex.F) {
                girls[number]++;
            }
            if (student.specialNeeds()) {
                special[number]++;
            }
        }
        List<ClassSummary> perClass = new ArrayList<>();
        for (int number = 1; number <= plan.classes(); number++) {
            perClass.add(new ClassSummary(
                    number, size[number], girls[number], size[number] - girls[number], special[number]));
        }
        this.classOf = Collections.unmodifiableMap(byId);
        this.summaries = List.copyOf(perClass);
    }

    public String algorithmVersion() {
        return SunshineClasses.ALGORITHM_VERSION;
    }

    public int classes() {
        return plan.classes();
    }

    public int cap() {
        return plan.cap();
    }

    /** The class of the student with this public id. */
    public int classOf(String publicId) {
        Integer number = classOf.get(publicId);
        if (number == null) {
            throw new NoSuchElementException("no enrolled student has this public id");
        }
        return number;
    }

    /** Public id → class number, in public-id order (UTF-8 byte order). */
    public Map<String, Integer> classByPublicId() {
        return classOf;
    }

    public List<ClassSummary> summaries() {
        return summaries;
    }

    /**
     * SHA-256 (lower-case hex) of the lines {@code publicId + "\t" + classNumber + "\n"} in public-id order, UTF-8:
     * one short string to publish and compare after a re-run.
     */
    public String digest() {
        StringBuilder lines = new StringBuilder();
        classOf.forEach(
                (id, number) -> lines.append(id).append('\t').append(number).append('\n'));
        return Digests.sha256Hex(lines.toString());
    }
}
