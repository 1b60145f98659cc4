package cn.baishan.enrollment.admission.plans.domain;

/**
 * One thing wrong with a plan: the sheet row (1 = first data row; 0 for a single edit), the column or
 * field, a stable rule id and a message in Chinese for bureau staff.
 */
public record PlanProblem(int row, String field, String rule, String message) {

    public PlanProblem atRow(int row) {
        return new PlanProblem(row, field, rule, message);
    }
}
