package cn.baishan.enrollment.admission.applicants.adapter.out.persistence;

import cn.baishan.enrollment.admission.applicants.domain.VerificationNews;
import cn.baishan.enrollment.admission.applicants.usecase.port.EarlyVerificationNews;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcEarlyVerificationNews implements EarlyVerificationNews {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcEarlyVerificationNews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void keep(UUID eventId, VerificationNews news) {
        jdbc.sql(
                        """
                insert into early_verification_event (event_id, application_id, occurred_at, kind, payload, received_at)
                values (:id, :application, :at, :kind, :payload, now())
                on conflict (event_id) do nothing
                """)
                .param("id", eventId)
                .param("application", news.applicationId())
                .param("at", Timestamp.from(news.occurredAt()))
                .param("kind", news instanceof VerificationNews.Completed ? "COMPLETED" : "REOPENED")
                .param("payload", json.writeValueAsString(news))
                .update();
    }

    @Override
    public List<VerificationNews> takeAll(UUID applicationId) {
        List<VerificationNews> news = jdbc
                .sql(
                        """
                delete from early_verification_event where application_id = :application
                returning kind, payload, occurred_at, event_id
                """)
                .param("application", applicationId)
                .query((rs, row) -> new Kept(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("event_id", UUID.class),
                        read(rs.getString("kind"), rs.getString("payload"))))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Kept::at).thenComparing(Kept::eventId))
                .map(Kept::news)
                .toList();
        return news;
    }

    private VerificationNews read(String kind, String payload) {
        return "COMPLETED".equals(kind)
                ? json.readValue(payload, VerificationNews.Completed.class)
                : json.readValue(payload, VerificationNews.Reopened.class);
    }

    private record Kept(java.time.Instant at, UUID eventId, VerificationNews news) {}
}
