package cn.baishan.enrollment.verification.audit.adapter.in.web;

import cn.baishan.enrollment.verification.audit.domain.AuditEntry;
import org.mapstruct.Mapper;

/** Domain to API view; the blind index stays behind. */
@Mapper
interface AuditViewMapper {

    AuditView toView(AuditEntry entry);
}
