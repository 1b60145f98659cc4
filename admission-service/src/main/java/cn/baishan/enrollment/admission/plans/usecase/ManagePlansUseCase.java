package cn.baishan.enrollment.admission.plans.usecase;

import cn.baishan.enrollment.admission.plans.domain.Plan;
import cn.baishan.enrollment.admission.plans.domain.PlanFigures;
import cn.baishan.enrollment.admission.plans.domain.PlanKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * District and city bureaus write the enrollment plans: a whole sheet at once (all or nothing) or one
 * plan. The school must be a catchment school of that stage in the caller's scope, the figures must keep
 * the class-size rules, and no plan may drop below what a published run has already admitted.
 */
public interface ManagePlansUseCase {

    /** @return how many plans the sheet wrote */
    int importPlans(ImportPlansCommand command);

    Plan edit(EditPlanCommand command);

    /**
     * @param rows the sheet's rows keyed by column
     * @param editableDistricts the districts the caller may plan for; empty = all (city bureau)
     */
    record ImportPlansCommand(List<Map<String, String>> rows, Set<String> editableDistricts, String actor) {

        public ImportPlansCommand {
            rows = List.copyOf(rows);
            editableDistricts = Set.copyOf(editableDistricts);
            Objects.requireNonNull(actor);
        }
    }

    record EditPlanCommand(PlanKey key, PlanFigures figures, Set<String> editableDistricts, String actor) {

        public EditPlanCommand {
            Objects.requireNonNull(key);
            Objects.requireNonNull(figures);
            editableDistricts = Set.copyOf(editableDistricts);
            Objects.requireNonNull(actor);
        }
    }

    /** The school is outside the caller's districts (403). */
    class OutOfScopeException extends RuntimeException {
        public OutOfScopeException(String schoolCode) {
            super("school " + schoolCode + " is outside the caller's districts");
        }
    }

    /** The plan would leave fewer seats than children already admitted by a published run (409). */
    class BelowAdmittedException extends RuntimeException {

        private final int admitted;
        private final int capacity;

        public BelowAdmittedException(int admitted, int capacity) {
            super("capacity " + capacity + " below " + admitted + " admitted");
            this.admitted = admitted;
            this.capacity = capacity;
        }

        public int admitted() {
            return admitted;
        }

        public int capacity() {
            return capacity;
        }
    }
}
