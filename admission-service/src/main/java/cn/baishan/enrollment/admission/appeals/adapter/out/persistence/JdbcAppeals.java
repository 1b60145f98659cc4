package cn.baishan.enrollment.admission.appeals.adapter.out.persistence;

import cn.baishan.enrollment.admission.appeals.domain.Appeal;
import cn.baishan.enrollment.admission.appeals.domain.AppealStatus;
import cn.baishan.enrollment.admission.appeals.usecase.port.AppealRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcAppeals implements AppealRepository {

    private final JdbcClient jdbc;

    JdbcAppeals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(Appeal a) {
        return jdbc.sql(
                                """
                        insert into appeal (id, application_id, run_id, season_id, district_code, public_id, statement,
                            status, filed_at)
                        values (:id, :application, :run, :season, :district, :publicId, :statement, :status, :filedAt)
                        on conflict (id) do nothing
                        """)
                        .param("id", a.id())
                        .param("application", a.applicationId())
                        .param("run", a.runId())
                        .param("season", a.seasonId())
                        .param("district", a.districtCode())
                        .param("publicId", a.publicId())
                        .param("statement", a.statement())
                        .param("status", a.status().name())
                        .param("filedAt", ts(a.filedAt()))
                        .update()
                == 1;
    }

    @Override
    public Optional<Appeal> lock(UUID appealId) {
        return jdbc.sql("select * from appeal where id = :id for update")
                .param("id", appealId)
                .query(JdbcAppeals::appeal)
                .optional();
    }

    @Override
    public void update(Appeal a) {
        jdbc.sql(
                        """
                        update appeal set status = :status, reason = :reason, school_code = :school, decided_by = :by,
                            decided_at = :at where id = :id
                        """)
                .param("id", a.id())
                .param("status", a.status().name())
                .param("reason", a.reason())
                .param("school", a.schoolCode())
                .param("by", a.decidedBy())
                .param("at", ts(a.decidedAt()))
                .update();
    }

    @Override
    public List<Appeal> list(String districtCode, AppealStatus status) {
        return jdbc.sql(
                        """
                        select * from appeal where (cast(:district as varchar) is null or district_code = :district)
                            and (cast(:status as varchar) is null or status = :status) order by filed_at, id
                        """)
                .param("district", districtCode)
                .param("status", status == null ? null : status.name())
                .query(JdbcAppeals::appeal)
                .list();
    }

    private static Appeal appeal(ResultSet rs, int row) throws SQLException {
        return Appeal.restore(
                rs.getObject("id", UUID.class),
                rs.getObject("application_id", UUID.class),
                rs.getObject("run_id", UUID.class),
                rs.getObject("season_id", UUID.class),
                rs.getString("district_code"),
                rs.getString("public_id"),
                rs.getString("statement"),
                instant(rs, "filed_at"),
                AppealStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("school_code"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
