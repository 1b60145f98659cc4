package cn.baishan.enrollment.admission.plans.usecase.port;

import cn.baishan.enrollment.admission.plans.domain.Plan;
import cn.baishan.enrollment.admission.plans.domain.PlanKey;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where plans are kept. */
public interface PlanRepository {

    /** Inserts or replaces each plan (by key), all in the caller's transaction. */
    void saveAll(Collection<Plan> plans);

    Optional<Plan> find(PlanKey key);

    /** Every plan of a year (all years when null) and stage (both when null), ordered by school, year, stage. */
    List<Plan> list(Integer enrollmentYear, Stage stage);
}
