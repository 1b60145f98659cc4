package cn.baishan.enrollment.registration.transparency.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.registration.transparency.domain.DepartmentQuery;
import cn.baishan.enrollment.registration.transparency.domain.Dispute;
import cn.baishan.enrollment.registration.transparency.domain.InvalidDisputeException;
import cn.baishan.enrollment.registration.transparency.usecase.FileDisputeUseCase.ApplicationNotFoundException;
import cn.baishan.enrollment.registration.transparency.usecase.FileDisputeUseCase.FileDisputeCommand;
import cn.baishan.enrollment.registration.transparency.usecase.port.ApplicationScope;
import cn.baishan.enrollment.registration.transparency.usecase.port.DepartmentQueryRepository;
import cn.baishan.enrollment.registration.transparency.usecase.port.DisputeRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Filing a dispute over in-memory ports: who may, against what, and that all three effects happen together. */
class FilingDisputeTest {

    static final Instant NOW = Instant.parse("2027-07-06T09:00:00Z");
    static final UUID APPLICATION = UUID.randomUUID();

    final Map<UUID, DepartmentQuery> queries = new HashMap<>();
    final List<Dispute> disputes = new ArrayList<>();
    final List<Dispute> published = new ArrayList<>();
    final List<Dispute> notified = new ArrayList<>();

    final ApplicationScope scope = new ApplicationScope() {
        @Override
        public boolean mayView(UUID applicationId, Reader reader) {
            return isOwnedBy(applicationId, reader.userId());
        }

        @Override
        public boolean isOwnedBy(UUID applicationId, String userId) {
            return APPLICATION.equals(applicationId) && "owner".equals(userId);
        }
    };

    final DepartmentQueryRepository queryRepository = new DepartmentQueryRepository() {
        @Override
        public boolean insertIfAbsent(DepartmentQuery query) {
            return queries.putIfAbsent(query.queryId(), query) == null;
        }

        @Override
        public Optional<DepartmentQuery> load(UUID queryId) {
            return Optional.ofNullable(queries.get(queryId));
        }

        @Override
        public List<DepartmentQuery> queriesOf(UUID applicationId) {
            return queries.values().stream()
                    .filter(q -> q.applicationId().equals(applicationId))
                    .toList();
        }
    };

    final DisputeRepository disputeRepository = new DisputeRepository() {
        @Override
        public void insert(Dispute dispute) {
            disputes.add(dispute);
        }

        @Override
        public List<Dispute> disputesOf(UUID applicationId) {
            return disputes;
        }
    };

    final FilingDispute filing = new FilingDispute(
            scope, queryRepository, disputeRepository, published::add, notified::add, Clock.fixed(NOW, ZoneOffset.UTC));

    DepartmentQuery recorded(UUID applicationId) {
        var query = new DepartmentQuery(
                UUID.randomUUID(),
                applicationId,
                1,
                "REAL_ESTATE",
                "核验房产",
                "GUARDIAN",
                "2206**********0034",
                "NOT_FOUND",
                "未查到登记",
                NOW.minusSeconds(3600));
        queryRepository.insertIfAbsent(query);
        return query;
    }

    @Test
    void theOwnerFilesAndTheDisputeIsStoredPublishedAndConfirmed() {
        var query = recorded(APPLICATION);

        var filed = filing.file(new FileDisputeCommand(APPLICATION, "owner", query.queryId(), "房产已登记在父亲名下"));

        assertThat(filed.query()).isEqualTo(query);
        assertThat(filed.dispute().filedAt()).isEqualTo(NOW);
        assertThat(filed.dispute().department()).isEqualTo("REAL_ESTATE");
        assertThat(disputes).containsExactly(filed.dispute());
        assertThat(published).containsExactly(filed.dispute());
        assertThat(notified).containsExactly(filed.dispute());
    }

    @Test
    void anotherFamilyFindsNoApplication() {
        var query = recorded(APPLICATION);

        assertThatThrownBy(() ->
                        filing.file(new FileDisputeCommand(APPLICATION, "stranger", query.queryId(), "房产已登记在父亲名下")))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(disputes).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void aQueryOfAnotherApplicationIsRefusedNamingQueryId() {
        var foreign = recorded(UUID.randomUUID());

        assertThatThrownBy(() ->
                        filing.file(new FileDisputeCommand(APPLICATION, "owner", foreign.queryId(), "房产已登记在父亲名下")))
                .isInstanceOfSatisfying(InvalidDisputeException.class, e -> {
                    assertThat(e.field()).isEqualTo("queryId");
                    assertThat(e.rule()).isEqualTo("unknown-query");
                });
        assertThat(disputes).isEmpty();
        assertThat(published).isEmpty();
        assertThat(notified).isEmpty();
    }

    @Test
    void aMissingQueryIdIsRefusedNamingIt() {
        assertThatThrownBy(() -> filing.file(new FileDisputeCommand(APPLICATION, "owner", null, "房产已登记在父亲名下")))
                .isInstanceOfSatisfying(InvalidDisputeException.class, e -> assertThat(e.field())
                        .isEqualTo("queryId"));
    }
}
