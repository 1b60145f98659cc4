package cn.baishan.enrollment.registration.transparency.adapter.in.web;

import cn.baishan.enrollment.registration.transparency.domain.DepartmentQuery;
import cn.baishan.enrollment.registration.transparency.domain.Departments;
import cn.baishan.enrollment.registration.transparency.domain.Dispute;
import cn.baishan.enrollment.registration.transparency.domain.DisputedRecord;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain to API views, with the codes also in words. */
@Mapper(imports = Departments.class)
interface TransparencyViewMapper {

    @Mapping(target = "departmentName", expression = "java(Departments.name(query.department()))")
    @Mapping(target = "subjectRoleLabel", expression = "java(Departments.subjectRole(query.subjectRole()))")
    @Mapping(target = "outcomeLabel", expression = "java(Departments.outcome(query.outcome()))")
    DepartmentQueryView toView(DepartmentQuery query);

    @Mapping(target = "departmentName", expression = "java(Departments.name(dispute.department()))")
    @Mapping(target = "statusLabel", expression = "java(dispute.status().label())")
    @Mapping(target = "applicationId", source = "dispute.applicationId")
    @Mapping(target = "queryId", source = "dispute.queryId")
    @Mapping(target = "department", source = "dispute.department")
    @Mapping(target = "disputedQuery", source = "query")
    DisputeView toView(Dispute dispute, DepartmentQuery query);

    default DisputeView toView(DisputedRecord record) {
        return toView(record.dispute(), record.query());
    }
}
