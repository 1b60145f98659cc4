package cn.baishan.enrollment.admission.plans.adapter.out.persistence;

import cn.baishan.enrollment.admission.plans.domain.Plan;
import cn.baishan.enrollment.admission.plans.domain.PlanKey;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.port.PlanRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcPlanRepository implements PlanRepository {

    private static final String COLUMNS =
            "school_code, enrollment_year, stage, district_code, classes, class_size_cap, seats, reserved_seats, updated_by, updated_at";

    private final JdbcClient jdbc;

    JdbcPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveAll(Collection<Plan> plans) {
        for (Plan p : plans) {
            jdbc.sql(
                            "insert into enrollment_plan (" + COLUMNS + ")"
                                    + """
                             values (:school, :year, :stage, :district, :classes, :cap, :seats, :reserved, :by, :at)
                            on conflict (school_code, enrollment_year, stage) do update set
                              district_code = excluded.district_code, classes = excluded.classes,
                              class_size_cap = excluded.class_size_cap, seats = excluded.seats,
                              reserved_seats = excluded.reserved_seats, updated_by = excluded.updated_by,
                              updated_at = excluded.updated_at
                            """)
                    .param("school", p.key().schoolCode())
                    .param("year", p.key().enrollmentYear())
                    .param("stage", p.key().stage().name())
                    .param("district", p.districtCode())
                    .param("classes", p.classes())
                    .param("cap", p.classSizeCap())
                    .param("seats", p.seats())
                    .param("reserved", p.reservedSeats())
                    .param("by", p.updatedBy())
                    .param("at", Timestamp.from(p.updatedAt()))
                    .update();
        }
    }

    @Override
    public Optional<Plan> find(PlanKey key) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from enrollment_plan where school_code = :school and enrollment_year = :year and stage = :stage")
                .param("school", key.schoolCode())
                .param("year", key.enrollmentYear())
                .param("stage", key.stage().name())
                .query(JdbcPlanRepository::plan)
                .optional();
    }

    @Override
    public List<Plan> list(Integer enrollmentYear, Stage stage) {
        return jdbc.sql("select " + COLUMNS + " from enrollment_plan"
                        + " where (cast(:year as int) is null or enrollment_year = :year)"
                        + " and (cast(:stage as varchar) is null or stage = :stage)"
                        + " order by school_code, enrollment_year, stage")
                .param("year", enrollmentYear)
                .param("stage", stage == null ? null : stage.name())
                .query(JdbcPlanRepository::plan)
                .list();
    }

    private static Plan plan(ResultSet rs, int row) throws SQLException {
        return new Plan(
                new PlanKey(
                        rs.getString("school_code"),
                        rs.getInt("enrollment_year"),
                        Stage.valueOf(rs.getString("stage"))),
                rs.getString("district_code"),
                rs.getInt("classes"),
                rs.getInt("class_size_cap"),
                rs.getInt("seats"),
                rs.getInt("reserved_seats"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
