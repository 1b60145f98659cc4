package cn.baishan.enrollment.verification.verifications.adapter.out.persistence;

import cn.baishan.enrollment.verification.verifications.domain.Stages;
import cn.baishan.enrollment.verification.verifications.domain.WarningNotice;
import cn.baishan.enrollment.verification.verifications.usecase.port.SeatWarningNotices;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class SeatWarningNoticeAdapter implements SeatWarningNotices {

    private final JdbcClient jdbc;

    SeatWarningNoticeAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void issued(UUID warningId, WarningNotice n) {
        jdbc.sql(
                        """
                        insert into seat_warning_notice (warning_id, school_code, stage, enrollment_year, start_date, lifted_on)
                        values (:id, :school, :stage, :year, :start, null) on conflict (warning_id) do nothing
                        """)
                .param("id", warningId)
                .param("school", n.schoolCode())
                .param("stage", n.stage())
                .param("year", n.enrollmentYear())
                .param("start", Date.valueOf(n.startDate()))
                .update();
    }

    @Override
    public void lifted(UUID warningId, LocalDate liftedOn) {
        jdbc.sql("update seat_warning_notice set lifted_on = :on where warning_id = :id")
                .param("on", Date.valueOf(liftedOn))
                .param("id", warningId)
                .update();
    }

    @Override
    public List<WarningNotice> forStageAndYear(String stage, int enrollmentYear) {
        return jdbc.sql("select * from seat_warning_notice where stage = :stage and enrollment_year = :year")
                .param("stage", Stages.catchmentStage(stage))
                .param("year", enrollmentYear)
                .query((rs, n) -> new WarningNotice(
                        rs.getString("school_code"),
                        rs.getString("stage"),
                        rs.getInt("enrollment_year"),
                        rs.getDate("start_date").toLocalDate(),
                        rs.getDate("lifted_on") == null
                                ? null
                                : rs.getDate("lifted_on").toLocalDate()))
                .list();
    }
}
