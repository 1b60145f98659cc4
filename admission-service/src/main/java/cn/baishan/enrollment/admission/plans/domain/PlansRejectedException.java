package cn.baishan.enrollment.admission.plans.domain;

import java.util.Comparator;
import java.util.List;

/** Plans refused as a whole: every problem in every row is listed, nothing was stored. */
public class PlansRejectedException extends RuntimeException {

    private final List<PlanProblem> problems;

    public PlansRejectedException(List<PlanProblem> problems) {
        super(problems.size() + " problems");
        this.problems = problems.stream()
                .sorted(Comparator.comparingInt(PlanProblem::row).thenComparing(PlanProblem::field))
                .toList();
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
