package cn.baishan.enrollment.registration.transparency.usecase;

import cn.baishan.enrollment.registration.transparency.domain.DepartmentQuery;
import cn.baishan.enrollment.registration.transparency.domain.Dispute;
import cn.baishan.enrollment.registration.transparency.domain.DisputedRecord;
import cn.baishan.enrollment.registration.transparency.domain.InvalidDisputeException;
import cn.baishan.enrollment.registration.transparency.usecase.port.ApplicationScope;
import cn.baishan.enrollment.registration.transparency.usecase.port.DepartmentQueryRepository;
import cn.baishan.enrollment.registration.transparency.usecase.port.DisputeEvents;
import cn.baishan.enrollment.registration.transparency.usecase.port.DisputeRepository;
import cn.baishan.enrollment.registration.transparency.usecase.port.FamilyNotifier;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores the dispute, its event and the family's confirmation in one transaction: all or none. */
@Service
@Transactional
class FilingDispute implements FileDisputeUseCase {

    private static final Logger log = LoggerFactory.getLogger(FilingDispute.class);

    private final ApplicationScope scope;
    private final DepartmentQueryRepository queries;
    private final DisputeRepository disputes;
    private final DisputeEvents events;
    private final FamilyNotifier family;
    private final Clock clock;

    FilingDispute(
            ApplicationScope scope,
            DepartmentQueryRepository queries,
            DisputeRepository disputes,
            DisputeEvents events,
            FamilyNotifier family,
            Clock clock) {
        this.scope = scope;
        this.queries = queries;
        this.disputes = disputes;
        this.events = events;
        this.family = family;
        this.clock = clock;
    }

    @Override
    public DisputedRecord file(FileDisputeCommand command) {
        if (!scope.isOwnedBy(command.applicationId(), command.userId())) {
            throw new ApplicationNotFoundException(command.applicationId());
        }
        if (command.queryId() == null) {
            throw new InvalidDisputeException("queryId", "required", "请选择要提出异议的查询记录");
        }
        DepartmentQuery query = queries.load(command.queryId())
                .filter(q -> q.applicationId().equals(command.applicationId()))
                .orElseThrow(() -> new InvalidDisputeException("queryId", "unknown-query", "该申请没有这条查询记录"));
        Dispute dispute =
                Dispute.file(UUID.randomUUID(), query, command.statement(), command.userId(), clock.instant());
        disputes.insert(dispute);
        events.filed(dispute);
        family.disputeFiled(dispute);
        log.info(
                "dispute {} filed on application {} against query {} ({})",
                dispute.id(),
                dispute.applicationId(),
                dispute.queryId(),
                dispute.department());
        return new DisputedRecord(dispute, query);
    }
}
