package cn.baishan.enrollment.catchment.warnings.adapter.out.persistence;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.warnings.domain.CensusEntry;
import cn.baishan.enrollment.catchment.warnings.domain.SeatWarning;
import cn.baishan.enrollment.catchment.warnings.domain.WarningLevel;
import cn.baishan.enrollment.catchment.warnings.usecase.port.CensusRepository;
import cn.baishan.enrollment.catchment.warnings.usecase.port.SeatWarningRepository;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Census and warnings are flat rows with upserts: plain SQL says it most directly. */
@Component
class WarningPersistenceAdapter implements CensusRepository, SeatWarningRepository {

    private final JdbcClient jdbc;

    WarningPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveAll(Collection<CensusEntry> entries) {
        for (CensusEntry e : entries) {
            jdbc.sql(
                            """
                            insert into census (zone_code, enrollment_year, district_code, stage, children)
                            values (:zone, :year, :district, :stage, :children)
                            on conflict (zone_code, enrollment_year) do update
                            set children = excluded.children, district_code = excluded.district_code, stage = excluded.stage
                            """)
                    .param("zone", e.zoneCode())
                    .param("year", e.enrollmentYear())
                    .param("district", e.districtCode())
                    .param("stage", e.stage().name())
                    .param("children", e.children())
                    .update();
        }
    }

    @Override
    public Map<String, Integer> childrenByZone(String districtCode, Stage stage, int year) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql(
                        "select zone_code, children from census where district_code = :d and stage = :s and enrollment_year = :y")
                .param("d", districtCode)
                .param("s", stage.name())
                .param("y", year)
                .query(rs -> {
                    out.put(rs.getString("zone_code"), rs.getInt("children"));
                });
        return out;
    }

    @Override
    public boolean countApplication(String applicationId, String zoneCode, String districtCode, Stage stage, int year) {
        return jdbc.sql(
                                """
                        insert into zone_application (application_id, zone_code, district_code, stage, enrollment_year)
                        values (:id, :zone, :district, :stage, :year) on conflict (application_id) do nothing
                        """)
                        .param("id", applicationId)
                        .param("zone", zoneCode)
                        .param("district", districtCode)
                        .param("stage", stage.name())
                        .param("year", year)
                        .update()
                == 1;
    }

    @Override
    public Map<String, Integer> applicationsByZone(String districtCode, Stage stage, int year) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql(
                        """
                        select zone_code, count(*) as n from zone_application
                        where district_code = :d and stage = :s and enrollment_year = :y group by zone_code
                        """)
                .param("d", districtCode)
                .param("s", stage.name())
                .param("y", year)
                .query(rs -> {
                    out.put(rs.getString("zone_code"), rs.getInt("n"));
                });
        return out;
    }

    @Override
    public void save(SeatWarning w) {
        jdbc.sql(
                        """
                        insert into seat_warning (id, school_code, district_code, stage, enrollment_year, level, start_date,
                                                  announcement, announced_at, lifted_on, lift_announcement)
                        values (:id, :school, :district, :stage, :year, :level, :start, :announcement, :announcedAt,
                                :liftedOn, :liftAnnouncement)
                        on conflict (id) do update set lifted_on = excluded.lifted_on, lift_announcement = excluded.lift_announcement
                        """)
                .param("id", w.id())
                .param("school", w.schoolCode())
                .param("district", w.districtCode())
                .param("stage", w.stage().name())
                .param("year", w.enrollmentYear())
                .param("level", w.level().name())
                .param("start", Date.valueOf(w.startDate()))
                .param("announcement", w.announcement())
                .param("announcedAt", Timestamp.from(w.announcedAt()))
                .param("liftedOn", w.liftedOn() == null ? null : Date.valueOf(w.liftedOn()))
                .param("liftAnnouncement", w.liftAnnouncement())
                .update();
    }

    @Override
    public Optional<SeatWarning> load(UUID id) {
        return jdbc.sql("select * from seat_warning where id = :id")
                .param("id", id)
                .query(WarningPersistenceAdapter::warning)
                .optional();
    }

    @Override
    public List<SeatWarning> list(String districtCode) {
        return jdbc.sql(
                        "select * from seat_warning where (:d::text is null or district_code = :d) order by announced_at desc")
                .param("d", districtCode)
                .query(WarningPersistenceAdapter::warning)
                .list();
    }

    private static SeatWarning warning(ResultSet rs, int n) throws SQLException {
        Date lifted = rs.getDate("lifted_on");
        return new SeatWarning(
                rs.getObject("id", UUID.class),
                rs.getString("school_code"),
                rs.getString("district_code"),
                Stage.valueOf(rs.getString("stage")),
                rs.getInt("enrollment_year"),
                WarningLevel.valueOf(rs.getString("level")),
                rs.getDate("start_date").toLocalDate(),
                rs.getString("announcement"),
                rs.getTimestamp("announced_at").toInstant(),
                lifted == null ? null : lifted.toLocalDate(),
                rs.getString("lift_announcement"));
    }
}
