package cn.baishan.enrollment.admission.seasons.adapter.out.persistence;

import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.domain.SeasonKey;
import cn.baishan.enrollment.admission.seasons.usecase.port.AdmissionRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcAdmissions implements AdmissionRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAdmissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void insertAll(List<Admission> admissions) {
        for (Admission a : admissions) {
            jdbc.sql(
                            """
                            insert into admissions (id, season_id, run_id, district_code, enrollment_year, stage,
                                application_id, child_key, public_id, masked_name, outcome, school_code, route,
                                appeal_id, current, created_at)
                            values (:id, :season, :run, :d, :y, :s, :application, :childKey, :publicId, :name,
                                :outcome, :school, :route, :appeal, :current, :at)
                            """)
                    .param("id", a.id())
                    .param("season", a.seasonId())
                    .param("run", a.runId())
                    .param("d", a.season().districtCode())
                    .param("y", a.season().enrollmentYear())
                    .param("s", a.season().stage())
                    .param("application", a.applicationId())
                    .param("childKey", a.childKey())
                    .param("publicId", a.publicId())
                    .param("name", a.maskedName())
                    .param("outcome", a.outcome())
                    .param("school", a.schoolCode())
                    .param("route", a.route())
                    .param("appeal", a.appealId())
                    .param("current", a.current())
                    .param("at", JdbcSeasons.ts(a.createdAt()))
                    .update();
        }
    }

    @Override
    public void supersede(UUID admissionId) {
        jdbc.sql("update admissions set current = false, superseded_at = :at where id = :id and current")
                .param("id", admissionId)
                .param("at", JdbcSeasons.ts(clock.instant()))
                .update();
    }

    @Override
    public Optional<Admission> currentOf(UUID applicationId) {
        return jdbc.sql("select * from admissions where application_id = :id and current")
                .param("id", applicationId)
                .query(JdbcAdmissions::admission)
                .optional();
    }

    @Override
    public List<Admission> currentPlacedOfChildren(Collection<String> childKeys) {
        if (childKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from admissions where current and outcome <> 'UNPLACED' and child_key in (:keys)")
                .param("keys", List.copyOf(childKeys))
                .query(JdbcAdmissions::admission)
                .list();
    }

    @Override
    public List<Admission> currentAt(SeasonKey season, String schoolCode) {
        return jdbc.sql(
                        """
                        select * from admissions where current and school_code = :school and district_code = :d
                            and enrollment_year = :y and stage = :s order by public_id
                        """)
                .param("school", schoolCode)
                .param("d", season.districtCode())
                .param("y", season.enrollmentYear())
                .param("s", season.stage())
                .query(JdbcAdmissions::admission)
                .list();
    }

    @Override
    public int countAdmittedAt(String schoolCode, int enrollmentYear, String stage) {
        return jdbc.sql(
                        """
                        select count(*) from admissions where current and outcome = 'ADMITTED' and school_code = :school
                            and enrollment_year = :y and stage = :s
                        """)
                .param("school", schoolCode)
                .param("y", enrollmentYear)
                .param("s", stage)
                .query(Integer.class)
                .single();
    }

    private static Admission admission(ResultSet rs, int row) throws SQLException {
        return new Admission(
                rs.getObject("id", UUID.class),
                rs.getObject("season_id", UUID.class),
                rs.getObject("run_id", UUID.class),
                new SeasonKey(rs.getString("district_code"), rs.getInt("enrollment_year"), rs.getString("stage")),
                rs.getObject("application_id", UUID.class),
                rs.getString("child_key"),
                rs.getString("public_id"),
                rs.getString("masked_name"),
                rs.getString("outcome"),
                rs.getString("school_code"),
                rs.getString("route"),
                rs.getObject("appeal_id", UUID.class),
                rs.getBoolean("current"),
                JdbcSeasons.instant(rs, "created_at"));
    }
}
