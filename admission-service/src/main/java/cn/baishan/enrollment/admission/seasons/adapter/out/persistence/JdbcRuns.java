package cn.baishan.enrollment.admission.seasons.adapter.out.persistence;

import cn.baishan.enrollment.admission.seasons.domain.AllocationRun;
import cn.baishan.enrollment.admission.seasons.domain.RunStatus;
import cn.baishan.enrollment.admission.seasons.domain.RunViolation;
import cn.baishan.enrollment.admission.seasons.usecase.port.RunRepository;
import cn.baishan.enrollment.allocation.district.DistrictResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs: the canonical text is the record; the structured result is kept beside it (JSON) so explanations and
 * publication need not parse the text back. A trigger refuses any change to either.
 */
@Component
class JdbcRuns implements RunRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(AllocationRun run) {
        jdbc.sql(
                        """
                        insert into allocation_run (id, season_id, run_number, input_digest, seed_hex, algorithm_version,
                            result_text, result_digest, result_json, violations_json, status, created_by, created_at)
                        values (:id, :season, :number, :input, :seed, :algorithm, :text, :digest, :result, :violations,
                            :status, :by, :at)
                        """)
                .param("id", run.id())
                .param("season", run.seasonId())
                .param("number", run.number())
                .param("input", run.inputDigest())
                .param("seed", run.seedHex())
                .param("algorithm", run.algorithmVersion())
                .param("text", run.resultText())
                .param("digest", run.resultDigest())
                .param("result", json.writeValueAsString(run.result()))
                .param("violations", json.writeValueAsString(run.violations()))
                .param("status", run.status().name())
                .param("by", run.createdBy())
                .param("at", JdbcSeasons.ts(run.createdAt()))
                .update();
    }

    @Override
    public int lastNumber(UUID seasonId) {
        return jdbc.sql("select coalesce(max(run_number), 0) from allocation_run where season_id = :id")
                .param("id", seasonId)
                .query(Integer.class)
                .single();
    }

    @Override
    public Optional<AllocationRun> find(UUID seasonId, UUID runId) {
        return jdbc.sql("select * from allocation_run where season_id = :season and id = :id")
                .param("season", seasonId)
                .param("id", runId)
                .query(this::run)
                .optional();
    }

    @Override
    public List<AllocationRun> ofSeason(UUID seasonId) {
        return jdbc.sql("select * from allocation_run where season_id = :season order by run_number")
                .param("season", seasonId)
                .query(this::run)
                .list();
    }

    @Override
    public void block(AllocationRun blocked) {
        jdbc.sql("update allocation_run set status = :status, violations_json = :violations where id = :id")
                .param("id", blocked.id())
                .param("status", blocked.status().name())
                .param("violations", json.writeValueAsString(blocked.violations()))
                .update();
    }

    private AllocationRun run(ResultSet rs, int row) throws SQLException {
        return new AllocationRun(
                rs.getObject("id", UUID.class),
                rs.getObject("season_id", UUID.class),
                rs.getInt("run_number"),
                rs.getString("input_digest"),
                rs.getString("seed_hex"),
                rs.getString("algorithm_version"),
                rs.getString("result_text"),
                rs.getString("result_digest"),
                json.readValue(rs.getString("result_json"), DistrictResult.class),
                json.readValue(rs.getString("violations_json"), new TypeReference<List<RunViolation>>() {}),
                RunStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                JdbcSeasons.instant(rs, "created_at"));
    }
}
