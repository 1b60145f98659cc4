package cn.baishan.enrollment.catchment.guides.adapter.out.persistence;

import cn.baishan.enrollment.catchment.guides.domain.EnrollmentGuide;
import cn.baishan.enrollment.catchment.guides.domain.Milestone;
import cn.baishan.enrollment.catchment.guides.usecase.port.EnrollmentGuideRepository;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class EnrollmentGuidePersistenceAdapter implements EnrollmentGuideRepository {

    private static final TypeReference<List<Milestone>> TIMELINE = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EnrollmentGuidePersistenceAdapter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void save(EnrollmentGuide g) {
        jdbc.sql(
                        """
                        insert into enrollment_guide (district_code, enrollment_year, conditions, timeline_json, hotline,
                                                      updated_by, updated_at)
                        values (:d, :y, :c, :t, :h, :by, :at)
                        on conflict (district_code, enrollment_year) do update
                        set conditions = excluded.conditions, timeline_json = excluded.timeline_json,
                            hotline = excluded.hotline, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """)
                .param("d", g.districtCode())
                .param("y", g.enrollmentYear())
                .param("c", g.conditions())
                .param("t", json.writeValueAsString(g.timeline()))
                .param("h", g.hotline())
                .param("by", g.updatedBy())
                .param("at", Timestamp.from(g.updatedAt()))
                .update();
    }

    @Override
    public Optional<EnrollmentGuide> find(String districtCode, int enrollmentYear) {
        return jdbc.sql("select * from enrollment_guide where district_code = :d and enrollment_year = :y")
                .param("d", districtCode)
                .param("y", enrollmentYear)
                .query((rs, n) -> new EnrollmentGuide(
                        rs.getString("district_code"),
                        rs.getInt("enrollment_year"),
                        rs.getString("conditions"),
                        json.readValue(rs.getString("timeline_json"), TIMELINE),
                        rs.getString("hotline"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }
}
