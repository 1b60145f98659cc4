package cn.baishan.enrollment.admission.classes.adapter.out.plans;

import cn.baishan.enrollment.admission.classes.usecase.port.ClassPlanSource;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.ViewPlansQuery;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The classes and cap of the school's enrollment plan, from the plans feature (read at assignment time: the frozen
 * season input holds seats only, and a school may open another class after publication).
 */
@Component
class PlannedClassesAdapter implements ClassPlanSource {

    private final ViewPlansQuery plans;

    PlannedClassesAdapter(ViewPlansQuery plans) {
        this.plans = plans;
    }

    @Override
    public Optional<PlannedClasses> planOf(String schoolCode, int enrollmentYear, String stage) {
        return plans.list(null, enrollmentYear, Stage.valueOf(stage)).stream()
                .filter(p -> p.key().schoolCode().equals(schoolCode))
                .findFirst()
                .map(p -> new PlannedClasses(p.classes(), p.classSizeCap()));
    }
}
