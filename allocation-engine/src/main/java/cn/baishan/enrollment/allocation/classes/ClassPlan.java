package cn.baishan.enrollment.allocation.classes;

/**
 * How many classes a school opens for its entry grade and the most students one class may hold. The cap is at
 * most {@value #MAX_CAP}: classes of 56 or more (超大班额) are forbidden outright, whatever a district configures.
 */
public record ClassPlan(int classes, int cap) {

    public static final int MAX_CAP = 55;

    public ClassPlan {
        if (cap < 1 || cap > MAX_CAP) {
            throw new SunshineClassException(
                    "cap", "cap-range", "class-size cap must be between 1 and " + MAX_CAP + ", got " + cap);
        }
        if (classes < 0) {
            throw new SunshineClassException("classes", "non-negative", "number of classes cannot be negative");
        }
    }

    public static ClassPlan of(int classes, EntryGrade grade) {
        return new ClassPlan(classes, grade.defaultCap());
    }

    /** The fewest classes that keep {@code students} within {@code cap} (none for an empty school). */
    public static ClassPlan fewestClassesFor(int students, int cap) {
        ClassPlan validCap = new ClassPlan(0, cap);
        return new ClassPlan(requiredClasses(students, validCap.cap()), cap);
    }

    public static ClassPlan fewestClassesFor(int students, EntryGrade grade) {
        return fewestClassesFor(students, grade.defaultCap());
    }

    static int requiredClasses(int students, int cap) {
        return (students + cap - 1) / cap;
    }
}
