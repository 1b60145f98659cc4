package cn.baishan.enrollment.verification.verifications.adapter.out.persistence;

import cn.baishan.enrollment.platform.crypto.IdNumberVault;
import cn.baishan.enrollment.verification.verifications.usecase.port.DepartmentAnswers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code department_ticket}: tickets and their answers; answers encrypted, persons by blind index only. */
@Component
class DepartmentAnswerAdapter implements DepartmentAnswers {

    private final JdbcClient jdbc;
    private final IdNumberVault vault;

    DepartmentAnswerAdapter(JdbcClient jdbc, IdNumberVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /**
     * Only an answer to a query asked in the verification's current round: once it is reopened (a
     * change notice, a supplement) the registries are read afresh.
     */
    @Override
    public Optional<String> answerFor(String source, List<String> idNumbers, UUID applicationId) {
        return jdbc.sql(
                        """
                        select t.answer_cipher from department_ticket t
                          join verification v on v.application_id = t.application_id
                        where t.application_id = :app and t.source = :source and t.subject_index = :subject
                          and t.answered_at is not null
                          and t.asked_at >= coalesce(v.reopened_at, v.opened_at)
                        order by t.answered_at desc limit 1
                        """)
                .param("app", applicationId)
                .param("source", source)
                .param("subject", subjectIndex(idNumbers))
                .query(String.class)
                .optional()
                .map(vault::decrypt);
    }

    @Override
    public void awaiting(
            String source,
            List<String> idNumbers,
            UUID applicationId,
            String requestId,
            String ticket,
            Instant askedAt) {
        jdbc.sql(
                        """
                        insert into department_ticket (source, ticket, request_id, subject_index, application_id, asked_at)
                        values (:source, :ticket, :request, :subject, :app, :asked)
                        on conflict (source, ticket) do nothing
                        """)
                .param("source", source)
                .param("ticket", ticket)
                .param("request", requestId)
                .param("subject", subjectIndex(idNumbers))
                .param("app", applicationId)
                .param("asked", Timestamp.from(askedAt))
                .update();
    }

    @Override
    public List<Ticket> tickets(String ticket) {
        return jdbc.sql(
                        "select source, ticket, request_id, application_id, answered_at from department_ticket where ticket = :t")
                .param("t", ticket)
                .query((rs, n) -> new Ticket(
                        rs.getString("source"),
                        rs.getString("ticket"),
                        rs.getString("request_id"),
                        rs.getObject("application_id", UUID.class),
                        rs.getTimestamp("answered_at") == null
                                ? null
                                : rs.getTimestamp("answered_at").toInstant()))
                .list();
    }

    @Override
    public boolean answer(Ticket ticket, String answerJson, Instant at) {
        return jdbc.sql(
                                """
                        update department_ticket set answered_at = :at, answer_cipher = :answer
                        where source = :source and ticket = :ticket and answered_at is null
                        """)
                        .param("at", Timestamp.from(at))
                        .param("answer", vault.encrypt(answerJson))
                        .param("source", ticket.source())
                        .param("ticket", ticket.ticket())
                        .update()
                == 1;
    }

    @Override
    public void discardFor(UUID applicationId) {
        jdbc.sql("delete from department_ticket where application_id = :app")
                .param("app", applicationId)
                .update();
    }

    /** One index for the set of persons a query named, whatever order they were listed in. */
    private String subjectIndex(List<String> idNumbers) {
        return vault.blindIndex(String.join(",", idNumbers.stream().sorted().toList()));
    }
}
