package cn.baishan.enrollment.admission.classes.adapter.out.persistence;

import cn.baishan.enrollment.admission.classes.usecase.port.ClassPlanSource;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The classes and cap of the school's enrollment plan (the plans feature's table, same schema, read only). Read at
 * assignment time, not from the frozen season input, which holds seats only.
 */
@Component
class EnrollmentPlanClasses implements ClassPlanSource {

    private final JdbcClient jdbc;

    EnrollmentPlanClasses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PlannedClasses> planOf(String schoolCode, int enrollmentYear, String stage) {
        return jdbc.sql(
                        """
                        select classes, class_size_cap from enrollment_plan
                        where school_code = :school and enrollment_year = :year and stage = :stage
                        """)
                .param("school", schoolCode)
                .param("year", enrollmentYear)
                .param("stage", stage)
                .query((rs, n) -> new PlannedClasses(rs.getInt("classes"), rs.getInt("class_size_cap")))
                .optional();
    }
}
