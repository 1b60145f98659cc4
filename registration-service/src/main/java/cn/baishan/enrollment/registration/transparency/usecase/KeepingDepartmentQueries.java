package cn.baishan.enrollment.registration.transparency.usecase;

import cn.baishan.enrollment.registration.transparency.domain.DepartmentQuery;
import cn.baishan.enrollment.registration.transparency.domain.DisputedRecord;
import cn.baishan.enrollment.registration.transparency.usecase.port.ApplicationScope;
import cn.baishan.enrollment.registration.transparency.usecase.port.DepartmentQueryRepository;
import cn.baishan.enrollment.registration.transparency.usecase.port.DisputeRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queries are kept whether or not the application's row is visible yet; who may read them is
 * decided when they are read, by the application's scope at that moment.
 */
@Service
@Transactional(readOnly = true)
class KeepingDepartmentQueries implements RecordDepartmentQueryUseCase, ViewDepartmentQueriesQuery {

    private final DepartmentQueryRepository queries;
    private final DisputeRepository disputes;
    private final ApplicationScope scope;

    KeepingDepartmentQueries(DepartmentQueryRepository queries, DisputeRepository disputes, ApplicationScope scope) {
        this.queries = queries;
        this.disputes = disputes;
        this.scope = scope;
    }

    @Override
    @Transactional
    public void record(DepartmentQuery query) {
        queries.insertIfAbsent(query);
    }

    @Override
    public Optional<List<DepartmentQuery>> queries(UUID applicationId, Reader reader) {
        return scope.mayView(applicationId, reader) ? Optional.of(queries.queriesOf(applicationId)) : Optional.empty();
    }

    @Override
    public Optional<List<DisputedRecord>> disputes(UUID applicationId, Reader reader) {
        if (!scope.mayView(applicationId, reader)) {
            return Optional.empty();
        }
        Map<UUID, DepartmentQuery> byId = queries.queriesOf(applicationId).stream()
                .collect(Collectors.toMap(DepartmentQuery::queryId, Function.identity()));
        // the foreign key guarantees each disputed query exists
        return Optional.of(disputes.disputesOf(applicationId).stream()
                .map(d -> new DisputedRecord(d, byId.get(d.queryId())))
                .toList());
    }
}
