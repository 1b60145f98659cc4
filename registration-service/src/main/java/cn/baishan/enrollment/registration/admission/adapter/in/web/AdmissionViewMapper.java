package cn.baishan.enrollment.registration.admission.adapter.in.web;

import cn.baishan.enrollment.registration.admission.domain.AdmissionTexts;
import cn.baishan.enrollment.registration.admission.domain.Appeal;
import cn.baishan.enrollment.registration.admission.domain.ConsideredSchool;
import cn.baishan.enrollment.registration.admission.domain.Explanation;
import cn.baishan.enrollment.registration.admission.usecase.CurrentAdmission;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain to API views, with the codes also in words. */
@Mapper(imports = AdmissionTexts.class)
interface AdmissionViewMapper {

    @Mapping(target = "applicationId", source = "notice.applicationId")
    @Mapping(target = "noticeId", source = "notice.id")
    @Mapping(target = "runId", source = "notice.runId")
    @Mapping(target = "districtCode", source = "notice.districtCode")
    @Mapping(target = "enrollmentYear", source = "notice.enrollmentYear")
    @Mapping(target = "stage", source = "notice.stage")
    @Mapping(target = "publicId", source = "notice.publicId")
    @Mapping(target = "outcome", source = "notice.outcome")
    @Mapping(target = "outcomeLabel", expression = "java(AdmissionTexts.outcomeLabel(current.notice().outcome()))")
    @Mapping(target = "schoolCode", source = "notice.schoolCode")
    @Mapping(target = "schoolName", source = "notice.schoolName")
    @Mapping(target = "route", source = "notice.route")
    @Mapping(target = "routeLabel", expression = "java(AdmissionTexts.routeLabel(current.notice().route()))")
    @Mapping(target = "explanation", source = "notice.explanation")
    @Mapping(target = "issuedAt", source = "notice.issuedAt")
    @Mapping(target = "appealDeadline", source = "notice.appealDeadline")
    AdmissionView toView(CurrentAdmission current);

    AdmissionView.ExplanationView toView(Explanation explanation);

    AdmissionView.ConsideredView toView(ConsideredSchool school);

    @Mapping(target = "status", expression = "java(appeal.status().name())")
    @Mapping(target = "statusLabel", expression = "java(appeal.status().label())")
    @Mapping(target = "decisionReason", source = "decision.reason")
    @Mapping(target = "decisionSchoolCode", source = "decision.schoolCode")
    @Mapping(target = "decidedAt", source = "decision.decidedAt")
    AppealView toView(Appeal appeal);
}
