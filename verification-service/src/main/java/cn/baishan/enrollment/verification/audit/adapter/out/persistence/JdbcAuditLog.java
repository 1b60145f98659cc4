package cn.baishan.enrollment.verification.audit.adapter.out.persistence;

import cn.baishan.enrollment.verification.audit.domain.AuditEntry;
import cn.baishan.enrollment.verification.audit.domain.ChainHead;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.domain.Outcome;
import cn.baishan.enrollment.verification.audit.domain.SubjectRole;
import cn.baishan.enrollment.verification.audit.usecase.AuditFilter;
import cn.baishan.enrollment.verification.audit.usecase.port.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plain SQL rather than JPA: the log is append-only rows read in sequence order, and the head row is
 * locked with {@code FOR UPDATE} — nothing here needs an entity's life cycle.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS =
            """
            sequence, query_id, queried_at, department, purpose, requested_by, application_id, district_code,
            subject_role, subject_index, subject_masked, outcome, result_digest, answer_summary, prev_hash, hash
            """;

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChainHead lockHead() {
        return jdbc.sql("select last_sequence, last_hash from partner_query_audit_head where id = 1 for update")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
    }

    @Override
    public ChainHead head() {
        return jdbc.sql("select last_sequence, last_hash from partner_query_audit_head where id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
    }

    @Override
    public void append(AuditEntry e) {
        jdbc.sql("insert into partner_query_audit (" + COLUMNS + ") values (:sequence, :queryId, :queriedAt,"
                        + " :department, :purpose, :requestedBy, :applicationId, :districtCode, :subjectRole,"
                        + " :subjectIndex, :subjectMasked, :outcome, :resultDigest, :answerSummary, :prevHash, :hash)")
                .param("sequence", e.sequence())
                .param("queryId", e.queryId())
                .param("queriedAt", utc(e.queriedAt()))
                .param("department", e.department().name())
                .param("purpose", e.purpose())
                .param("requestedBy", e.requestedBy())
                .param("applicationId", e.applicationId())
                .param("districtCode", e.districtCode())
                .param("subjectRole", e.subjectRole().name())
                .param("subjectIndex", e.subjectIndex())
                .param("subjectMasked", e.subjectMasked())
                .param("outcome", e.outcome().name())
                .param("resultDigest", e.resultDigest())
                .param("answerSummary", e.answerSummary())
                .param("prevHash", e.prevHash())
                .param("hash", e.hash())
                .update();
        int moved = jdbc.sql("update partner_query_audit_head set last_sequence = :sequence, last_hash = :hash"
                        + " where id = 1 and last_sequence = :previous")
                .param("sequence", e.sequence())
                .param("hash", e.hash())
                .param("previous", e.sequence() - 1)
                .update();
        if (moved != 1) {
            throw new IllegalStateException("audit head moved under a held lock: append without lockHead()?");
        }
    }

    @Override
    public List<AuditEntry> after(long afterSequence, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from partner_query_audit where sequence > :after order by sequence limit :limit")
                .param("after", afterSequence)
                .param("limit", limit)
                .query(JdbcAuditLog::entry)
                .list();
    }

    @Override
    public AuditPage search(AuditFilter f, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("department in (:departments)");
        params.put("departments", f.departments().stream().map(Department::name).toList());
        if (f.applicationId() != null) {
            where.add("application_id = :applicationId");
            params.put("applicationId", f.applicationId());
        }
        if (f.districtCode() != null) {
            where.add("district_code = :district");
            params.put("district", f.districtCode());
        }
        if (f.from() != null) {
            where.add("queried_at >= :from");
            params.put("from", utc(f.from()));
        }
        if (f.to() != null) {
            where.add("queried_at < :to");
            params.put("to", utc(f.to()));
        }
        String condition = " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from partner_query_audit" + condition)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<AuditEntry> entries = jdbc.sql("select " + COLUMNS + " from partner_query_audit" + condition
                        + " order by sequence desc limit :limit offset :offset")
                .params(params)
                .query(JdbcAuditLog::entry)
                .list();
        return new AuditPage(entries, total);
    }

    @Override
    public Optional<AuditEntry> byQueryId(UUID queryId) {
        return jdbc.sql("select " + COLUMNS + " from partner_query_audit where query_id = :id")
                .param("id", queryId)
                .query(JdbcAuditLog::entry)
                .optional();
    }

    @Override
    public Optional<AuditEntry> sameAnswer(
            Department department, UUID applicationId, String subjectIndex, String digest) {
        return jdbc.sql("select " + COLUMNS + " from partner_query_audit where application_id = :app"
                        + " and department = :department and subject_index = :subject and result_digest = :digest"
                        + " order by sequence limit 1")
                .param("app", applicationId)
                .param("department", department.name())
                .param("subject", subjectIndex)
                .param("digest", digest)
                .query(JdbcAuditLog::entry)
                .optional();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("sequence"),
                rs.getObject("query_id", UUID.class),
                rs.getObject("queried_at", OffsetDateTime.class).toInstant(),
                parse(Department.class, rs.getString("department")),
                rs.getString("purpose"),
                rs.getString("requested_by"),
                rs.getObject("application_id", UUID.class),
                rs.getString("district_code"),
                parse(SubjectRole.class, rs.getString("subject_role")),
                rs.getString("subject_index"),
                rs.getString("subject_masked"),
                parse(Outcome.class, rs.getString("outcome")),
                rs.getString("result_digest"),
                rs.getString("answer_summary"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    /** A value edited into something unknown reads as null, so the verifier reports a hash mismatch, not a crash. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
