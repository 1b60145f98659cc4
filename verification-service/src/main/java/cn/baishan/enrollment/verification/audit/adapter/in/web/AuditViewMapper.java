package cn.baishan.enrollment.verification.audit.adapter.in.web;

import cn.baishan.enrollment.verification.audit.domain.AuditEntry;
import cn.baishan.enrollment.verification.audit.usecase.port.AuditLog.AuditPage;
import org.mapstruct.Mapper;

/** Domain to API view; the blind index stays behind. */
@Mapper
interface AuditViewMapper {

    AuditView toView(AuditEntry entry);

    /** One page of entries as the API shows it, for the oversight and the partner endpoints alike. */
    default AuditView.Page page(AuditPage found, AuditQueryParameters query) {
        return new AuditView.Page(
                query.page(),
                query.size(),
                found.total(),
                found.entries().stream().map(this::toView).toList());
    }
}
