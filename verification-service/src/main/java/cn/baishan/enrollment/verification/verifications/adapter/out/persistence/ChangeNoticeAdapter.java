package cn.baishan.enrollment.verification.verifications.adapter.out.persistence;

import cn.baishan.enrollment.platform.crypto.IdNumberVault;
import cn.baishan.enrollment.verification.verifications.domain.ChangeNotice;
import cn.baishan.enrollment.verification.verifications.usecase.port.ChangeNoticeLog;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code change_notice}: the subject only masked and as a blind index, never in clear. */
@Component
class ChangeNoticeAdapter implements ChangeNoticeLog {

    private final JdbcClient jdbc;
    private final IdNumberVault vault;

    ChangeNoticeAdapter(JdbcClient jdbc, IdNumberVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    @Override
    public boolean record(ChangeNotice notice, String sentBy, Instant receivedAt) {
        return jdbc.sql(
                                """
                        insert into change_notice (id, department, notice_id, sent_by, received_at, kind,
                                                   subject_masked, subject_index, effective_date, detail)
                        values (:id, :department, :notice, :sentBy, :at, :kind, :masked, :index, :effective, :detail)
                        on conflict (department, notice_id) do nothing
                        """)
                        .param("id", UUID.randomUUID())
                        .param("department", notice.department().name())
                        .param("notice", notice.noticeId())
                        .param("sentBy", sentBy)
                        .param("at", Timestamp.from(receivedAt))
                        .param("kind", notice.kind().name())
                        .param("masked", notice.subjectMasked())
                        .param("index", vault.blindIndex(notice.idNumber()))
                        .param("effective", Date.valueOf(notice.effectiveDate()))
                        .param("detail", notice.detail())
                        .update()
                == 1;
    }

    @Override
    public void affected(ChangeNotice notice, int reopened) {
        jdbc.sql("update change_notice set affected_count = :n where department = :department and notice_id = :notice")
                .param("n", reopened)
                .param("department", notice.department().name())
                .param("notice", notice.noticeId())
                .update();
    }
}
