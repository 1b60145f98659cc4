package cn.baishan.enrollment.admission.seasons.adapter.out.persistence;

import cn.baishan.enrollment.admission.seasons.domain.Entrant;
import cn.baishan.enrollment.admission.seasons.domain.ExcludedApplication;
import cn.baishan.enrollment.admission.seasons.domain.FrozenInput;
import cn.baishan.enrollment.admission.seasons.domain.Season;
import cn.baishan.enrollment.admission.seasons.domain.SeasonKey;
import cn.baishan.enrollment.admission.seasons.usecase.port.SeasonRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Seasons and frozen inputs in plain SQL: the rows are the published record, kept as the steps wrote them. */
@Component
class JdbcSeasons implements SeasonRepository {

    private static final String COLUMNS =
            """
            id, district_code, enrollment_year, stage, commitment, committed_at, committed_by, closed_at, closed_by,
            input_digest, seed_hex, drawn_at, drawn_by, published_run_id, published_result_digest, published_at,
            published_by, appeal_deadline
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcSeasons(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Season> find(SeasonKey key) {
        return jdbc.sql("select " + COLUMNS
                        + " from season where district_code = :d and enrollment_year = :y and stage = :s")
                .param("d", key.districtCode())
                .param("y", key.enrollmentYear())
                .param("s", key.stage())
                .query(JdbcSeasons::season)
                .optional();
    }

    @Override
    public Optional<Season> findById(UUID seasonId) {
        return jdbc.sql("select " + COLUMNS + " from season where id = :id")
                .param("id", seasonId)
                .query(JdbcSeasons::season)
                .optional();
    }

    @Override
    public Optional<Season> lock(SeasonKey key) {
        return jdbc.sql("select " + COLUMNS
                        + " from season where district_code = :d and enrollment_year = :y and stage = :s for update")
                .param("d", key.districtCode())
                .param("y", key.enrollmentYear())
                .param("s", key.stage())
                .query(JdbcSeasons::season)
                .optional();
    }

    @Override
    public void insertIfAbsent(Season season) {
        jdbc.sql(
                        """
                        insert into season (id, district_code, enrollment_year, stage) values (:id, :d, :y, :s)
                        on conflict (district_code, enrollment_year, stage) do nothing
                        """)
                .param("id", season.id())
                .param("d", season.key().districtCode())
                .param("y", season.key().enrollmentYear())
                .param("s", season.key().stage())
                .update();
    }

    @Override
    public void update(Season s) {
        jdbc.sql(
                        """
                        update season set commitment = :commitment, committed_at = :committedAt, committed_by = :committedBy,
                            closed_at = :closedAt, closed_by = :closedBy, input_digest = :inputDigest, seed_hex = :seed,
                            drawn_at = :drawnAt, drawn_by = :drawnBy, published_run_id = :runId,
                            published_result_digest = :resultDigest, published_at = :publishedAt,
                            published_by = :publishedBy, appeal_deadline = :deadline
                        where id = :id
                        """)
                .param("id", s.id())
                .param("commitment", s.commitment())
                .param("committedAt", ts(s.committedAt()))
                .param("committedBy", s.committedBy())
                .param("closedAt", ts(s.closedAt()))
                .param("closedBy", s.closedBy())
                .param("inputDigest", s.inputDigest())
                .param("seed", s.seedHex())
                .param("drawnAt", ts(s.drawnAt()))
                .param("drawnBy", s.drawnBy())
                .param("runId", s.publishedRunId())
                .param("resultDigest", s.publishedResultDigest())
                .param("publishedAt", ts(s.publishedAt()))
                .param("publishedBy", s.publishedBy())
                .param("deadline", s.appealDeadline() == null ? null : java.sql.Date.valueOf(s.appealDeadline()))
                .update();
    }

    @Override
    public void freeze(UUID seasonId, FrozenInput input) {
        jdbc.sql(
                        """
                        insert into season_input (season_id, input_text, input_digest, excluded_json, tier_names_json)
                        values (:id, :text, :digest, :excluded, :tiers)
                        """)
                .param("id", seasonId)
                .param("text", input.text())
                .param("digest", input.digest())
                .param("excluded", json.writeValueAsString(input.excluded()))
                .param("tiers", json.writeValueAsString(input.tierNames()))
                .update();
        for (Entrant e : input.entrants()) {
            jdbc.sql(
                            """
                            insert into season_entrant (season_id, application_id, public_id, child_key, masked_name)
                            values (:season, :application, :publicId, :childKey, :name)
                            """)
                    .param("season", seasonId)
                    .param("application", e.applicationId())
                    .param("publicId", e.publicId())
                    .param("childKey", e.childKey())
                    .param("name", e.maskedName())
                    .update();
        }
    }

    @Override
    public Optional<String> inputText(UUID seasonId) {
        return jdbc.sql("select input_text from season_input where season_id = :id")
                .param("id", seasonId)
                .query(String.class)
                .optional();
    }

    @Override
    public List<Entrant> entrants(UUID seasonId) {
        return jdbc.sql(
                        """
                        select application_id, public_id, child_key, masked_name from season_entrant
                        where season_id = :id order by public_id
                        """)
                .param("id", seasonId)
                .query((rs, n) -> new Entrant(
                        rs.getObject("application_id", UUID.class),
                        rs.getString("public_id"),
                        rs.getString("child_key"),
                        rs.getString("masked_name")))
                .list();
    }

    @Override
    public List<ExcludedApplication> excluded(UUID seasonId) {
        return jdbc.sql("select excluded_json from season_input where season_id = :id")
                .param("id", seasonId)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, new TypeReference<List<ExcludedApplication>>() {}))
                .orElse(List.of());
    }

    @Override
    public List<String> tierNames(UUID seasonId) {
        return jdbc.sql("select tier_names_json from season_input where season_id = :id")
                .param("id", seasonId)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, new TypeReference<List<String>>() {}))
                .orElse(List.of());
    }

    private static Season season(ResultSet rs, int row) throws SQLException {
        return Season.restore(
                rs.getObject("id", UUID.class),
                new SeasonKey(rs.getString("district_code"), rs.getInt("enrollment_year"), rs.getString("stage")),
                rs.getString("commitment"),
                instant(rs, "committed_at"),
                rs.getString("committed_by"),
                instant(rs, "closed_at"),
                rs.getString("closed_by"),
                rs.getString("input_digest"),
                rs.getString("seed_hex"),
                instant(rs, "drawn_at"),
                rs.getString("drawn_by"),
                rs.getObject("published_run_id", UUID.class),
                rs.getString("published_result_digest"),
                instant(rs, "published_at"),
                rs.getString("published_by"),
                rs.getObject("appeal_deadline", LocalDate.class));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
