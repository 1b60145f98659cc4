package cn.baishan.enrollment.verification.audit.adapter.out.persistence;

import cn.baishan.enrollment.verification.audit.domain.Dispute;
import cn.baishan.enrollment.verification.audit.usecase.port.Disputes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcDisputes implements Disputes {

    private static final TypeReference<List<Dispute.CheckEvidence>> CHECKS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcDisputes(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean insertIfAbsent(Dispute d) {
        return jdbc.sql(
                                """
                        insert into partner_query_dispute (id, application_id, query_id, department, statement,
                            district_code, audit_sequence, audited_answer, checks_json, received_at, status)
                        values (:id, :applicationId, :queryId, :department, :statement, :district, :sequence,
                            :answer, :checks, :receivedAt, :status)
                        on conflict (id) do nothing
                        """)
                        .param("id", d.id())
                        .param("applicationId", d.applicationId())
                        .param("queryId", d.queryId())
                        .param("department", d.department())
                        .param("statement", d.statement())
                        .param("district", d.districtCode())
                        .param("sequence", d.auditSequence())
                        .param("answer", d.auditedAnswer())
                        .param("checks", json.writeValueAsString(d.checks()))
                        .param("receivedAt", utc(d.receivedAt()))
                        .param("status", d.status().name())
                        .update()
                == 1;
    }

    @Override
    public Optional<Dispute> load(UUID id) {
        return jdbc.sql("select * from partner_query_dispute where id = :id")
                .param("id", id)
                .query(this::dispute)
                .optional();
    }

    @Override
    public void update(Dispute d) {
        jdbc.sql(
                        """
                        update partner_query_dispute set status = :status, decision_reason = :reason,
                            decided_by = :by, decided_at = :at where id = :id
                        """)
                .param("status", d.status().name())
                .param("reason", d.decisionReason())
                .param("by", d.decidedBy())
                .param("at", d.decidedAt() == null ? null : utc(d.decidedAt()))
                .param("id", d.id())
                .update();
    }

    @Override
    public List<Dispute> open(Set<String> districts) {
        if (districts.isEmpty()) {
            return jdbc.sql("select * from partner_query_dispute where status = 'OPEN' order by received_at")
                    .query(this::dispute)
                    .list();
        }
        return jdbc.sql("select * from partner_query_dispute where status = 'OPEN' and district_code in (:districts)"
                        + " order by received_at")
                .param("districts", List.copyOf(districts))
                .query(this::dispute)
                .list();
    }

    private Dispute dispute(ResultSet rs, int row) throws SQLException {
        long sequence = rs.getLong("audit_sequence");
        Long auditSequence = rs.wasNull() ? null : sequence;
        return Dispute.restore(
                rs.getObject("id", UUID.class),
                rs.getObject("application_id", UUID.class),
                rs.getObject("query_id", UUID.class),
                rs.getString("department"),
                rs.getString("statement"),
                rs.getString("district_code"),
                auditSequence,
                rs.getString("audited_answer"),
                json.readValue(rs.getString("checks_json"), CHECKS),
                instant(rs, "received_at"),
                Dispute.Status.valueOf(rs.getString("status")),
                rs.getString("decision_reason"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
