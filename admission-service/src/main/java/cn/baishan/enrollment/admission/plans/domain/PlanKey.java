package cn.baishan.enrollment.admission.plans.domain;

/** Which plan: one school, one enrollment year, one stage. */
public record PlanKey(String schoolCode, int enrollmentYear, Stage stage) {

    @Override
    public String toString() {
        return schoolCode + "/" + enrollmentYear + "/" + stage;
    }
}
