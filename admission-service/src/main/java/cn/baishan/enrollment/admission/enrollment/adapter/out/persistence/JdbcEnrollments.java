package cn.baishan.enrollment.admission.enrollment.adapter.out.persistence;

import cn.baishan.enrollment.admission.enrollment.domain.Enrollment;
import cn.baishan.enrollment.admission.enrollment.usecase.port.EnrollmentRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcEnrollments implements EnrollmentRepository {

    private final JdbcClient jdbc;

    JdbcEnrollments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(Enrollment e) {
        return jdbc.sql(
                                """
                        insert into enrollment (id, application_id, child_key, school_code, district_code,
                            enrollment_year, stage, public_id, sex, special_needs, enrolled_by, enrolled_at)
                        values (:id, :application, :childKey, :school, :district, :year, :stage, :publicId, :sex,
                            :special, :by, :at)
                        on conflict do nothing
                        """)
                        .param("id", e.id())
                        .param("application", e.applicationId())
                        .param("childKey", e.childKey())
                        .param("school", e.schoolCode())
                        .param("district", e.districtCode())
                        .param("year", e.enrollmentYear())
                        .param("stage", e.stage())
                        .param("publicId", e.publicId())
                        .param("sex", e.sex())
                        .param("special", e.specialNeeds())
                        .param("by", e.enrolledBy())
                        .param("at", Timestamp.from(e.enrolledAt()))
                        .update()
                == 1;
    }

    @Override
    public Optional<Enrollment> ofChild(String childKey) {
        return jdbc.sql("select * from enrollment where child_key = :key")
                .param("key", childKey)
                .query(JdbcEnrollments::enrollment)
                .optional();
    }

    @Override
    public List<Enrollment> atSchool(String schoolCode, Integer year, String stage) {
        return jdbc.sql(
                        """
                        select * from enrollment where school_code = :school
                            and (cast(:year as integer) is null or enrollment_year = :year)
                            and (cast(:stage as varchar) is null or stage = :stage)
                        order by public_id
                        """)
                .param("school", schoolCode)
                .param("year", year)
                .param("stage", stage)
                .query(JdbcEnrollments::enrollment)
                .list();
    }

    private static Enrollment enrollment(ResultSet rs, int row) throws SQLException {
        return new Enrollment(
                rs.getObject("id", UUID.class),
                rs.getObject("application_id", UUID.class),
                rs.getString("child_key"),
                rs.getString("school_code"),
                rs.getString("district_code"),
                rs.getInt("enrollment_year"),
                rs.getString("stage"),
                rs.getString("public_id"),
                rs.getString("sex"),
                rs.getBoolean("special_needs"),
                rs.getString("enrolled_by"),
                rs.getTimestamp("enrolled_at").toInstant());
    }
}
