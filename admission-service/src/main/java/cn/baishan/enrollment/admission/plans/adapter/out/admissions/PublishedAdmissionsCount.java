package cn.baishan.enrollment.admission.plans.adapter.out.admissions;

import cn.baishan.enrollment.admission.plans.domain.PlanKey;
import cn.baishan.enrollment.admission.plans.usecase.port.AdmittedSeats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the current admissions a published run (or an appeal since) holds at a school, in the season
 * half's {@code admissions} table (V3): the floor below which the school's plan may not be cut. Only
 * {@code ADMITTED} rows hold a regular seat (a special-school placement or home teaching uses none).
 */
@Component
class PublishedAdmissionsCount implements AdmittedSeats {

    private final JdbcClient jdbc;

    PublishedAdmissionsCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int admitted(PlanKey plan) {
        return jdbc.sql(
                        """
                        select count(*) from admissions
                        where school_code = :school and enrollment_year = :year and stage = :stage
                          and current and outcome = 'ADMITTED'
                        """)
                .param("school", plan.schoolCode())
                .param("year", plan.enrollmentYear())
                .param("stage", plan.stage().name())
                .query(Integer.class)
                .single();
    }
}
