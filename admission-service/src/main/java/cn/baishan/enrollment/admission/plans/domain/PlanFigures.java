package cn.baishan.enrollment.admission.plans.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of a plan as submitted (any may be missing) and the rules they must keep: 1–99 classes,
 * a class-size cap of 1–55 (56 and more is a "super-large class", forbidden; blank = the stage's
 * standard), seats at most classes × cap (no large classes by the back door), reserved seats 0..seats.
 */
public record PlanFigures(Integer classes, Integer classSizeCap, Integer seats, Integer reservedSeats) {

    public static final int MAX_CLASS_SIZE_CAP = 55;
    public static final int MAX_CLASSES = 99;

    /** The problems of these figures for a stage; empty when they make a valid plan. */
    public List<PlanProblem> problems(Stage stage) {
        List<PlanProblem> problems = new ArrayList<>();
        if (classes == null) {
            problems.add(new PlanProblem(0, "classes", "required", "班数必填"));
        } else if (classes < 1 || classes > MAX_CLASSES) {
            problems.add(new PlanProblem(0, "classes", "range", "班数应为 1 到 " + MAX_CLASSES + " 之间的整数"));
        }
        Integer cap = classSizeCap != null ? classSizeCap : stage == null ? null : stage.defaultClassSizeCap();
        if (cap != null && cap > MAX_CLASS_SIZE_CAP) {
            problems.add(new PlanProblem(
                    0, "classSizeCap", "max-55", "班额不得超过 " + MAX_CLASS_SIZE_CAP + " 人（56 人及以上为超大班额，禁止）"));
        } else if (cap != null && cap < 1) {
            problems.add(new PlanProblem(0, "classSizeCap", "range", "班额应为 1 到 " + MAX_CLASS_SIZE_CAP + " 之间的整数"));
        }
        if (seats == null) {
            problems.add(new PlanProblem(0, "seats", "required", "招生计划数（学位数）必填"));
        } else if (seats < 0) {
            problems.add(new PlanProblem(0, "seats", "range", "学位数不能为负数"));
        } else if (classes != null
                && classes >= 1
                && cap != null
                && cap >= 1
                && cap <= MAX_CLASS_SIZE_CAP
                && seats > classes * cap) {
            problems.add(new PlanProblem(
                    0,
                    "seats",
                    "class-size-cap",
                    "学位数 " + seats + " 超过班数×班额（" + classes + "×" + cap + "=" + classes * cap + "），会形成大班额"));
        }
        int reserved = reservedSeats == null ? 0 : reservedSeats;
        if (reserved < 0) {
            problems.add(new PlanProblem(0, "reservedSeats", "range", "预留学位不能为负数"));
        } else if (seats != null && seats >= 0 && reserved > seats) {
            problems.add(new PlanProblem(0, "reservedSeats", "within-seats", "预留学位不能多于学位数"));
        }
        return problems;
    }

    /** The figures with the blanks filled in (cap by stage, no reserved seats); only for valid figures. */
    public PlanFigures resolved(Stage stage) {
        if (!problems(stage).isEmpty()) {
            throw new IllegalStateException("figures are not valid: " + problems(stage));
        }
        return new PlanFigures(
                classes,
                classSizeCap != null ? classSizeCap : stage.defaultClassSizeCap(),
                seats,
                reservedSeats != null ? reservedSeats : 0);
    }
}
