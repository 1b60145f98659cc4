package cn.baishan.enrollment.registration.transparency.adapter.out.persistence;

import cn.baishan.enrollment.registration.transparency.domain.DepartmentQuery;
import cn.baishan.enrollment.registration.transparency.domain.Dispute;
import cn.baishan.enrollment.registration.transparency.usecase.port.DepartmentQueryRepository;
import cn.baishan.enrollment.registration.transparency.usecase.port.DisputeRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class TransparencyPersistenceAdapter implements DepartmentQueryRepository, DisputeRepository {

    private final DepartmentQueryJpaRepository queryRows;
    private final DisputeJpaRepository disputeRows;
    private final TransparencyRowMapper mapper;
    private final Clock clock;

    TransparencyPersistenceAdapter(
            DepartmentQueryJpaRepository queryRows,
            DisputeJpaRepository disputeRows,
            TransparencyRowMapper mapper,
            Clock clock) {
        this.queryRows = queryRows;
        this.disputeRows = disputeRows;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public boolean insertIfAbsent(DepartmentQuery query) {
        // queries are immutable audit facts: the first copy stays, a repeat is ignored
        if (queryRows.existsById(query.queryId())) {
            return false;
        }
        DepartmentQueryEntity row = new DepartmentQueryEntity();
        row.queryId = query.queryId();
        row.applicationId = query.applicationId();
        row.sequence = query.sequence();
        row.department = query.department();
        row.purpose = query.purpose();
        row.subjectRole = query.subjectRole();
        row.subjectMasked = query.subjectMasked();
        row.outcome = query.outcome();
        row.answerSummary = query.answerSummary();
        row.queriedAt = query.queriedAt();
        row.recordedAt = clock.instant();
        queryRows.save(row);
        return true;
    }

    @Override
    public Optional<DepartmentQuery> load(UUID queryId) {
        return queryRows.findById(queryId).map(mapper::toDomain);
    }

    @Override
    public List<DepartmentQuery> queriesOf(UUID applicationId) {
        return queryRows.findByApplicationIdOrderByQueriedAtAscSequenceAsc(applicationId).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public void insert(Dispute dispute) {
        DisputeEntity row = new DisputeEntity();
        row.id = dispute.id();
        row.applicationId = dispute.applicationId();
        row.queryId = dispute.queryId();
        row.department = dispute.department();
        row.statement = dispute.statement();
        row.filedBy = dispute.filedBy();
        row.status = dispute.status().name();
        row.filedAt = dispute.filedAt();
        disputeRows.save(row);
    }

    @Override
    public List<Dispute> disputesOf(UUID applicationId) {
        return disputeRows.findByApplicationIdOrderByFiledAtDesc(applicationId).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
