package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.Child;
import cn.baishan.enrollment.registration.applications.domain.Claims;
import cn.baishan.enrollment.registration.applications.domain.Guardian;
import cn.baishan.enrollment.registration.applications.domain.ReusedFact;
import cn.baishan.enrollment.registration.applications.domain.TimelineEntry;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain to API view. ID numbers (and the disability certificate number) leave this service only masked. */
@Mapper
interface ApplicationViewMapper {

    default ApplicationView toView(Application application, List<ReusedFact> reusedFacts) {
        return toView(application).withReusedFacts(reusedFacts(reusedFacts));
    }

    @Mapping(target = "statusLabel", expression = "java(application.getStatus().label())")
    @Mapping(target = "assisted", expression = "java(application.getSubmitter().assisted())")
    @Mapping(target = "submittedByUsername", expression = "java(application.getSubmitter().username())")
    @Mapping(target = "reusedFacts", expression = "java(java.util.List.of())")
    ApplicationView toView(Application application);

    @Mapping(target = "idType", expression = "java(child.document().type().name())")
    @Mapping(target = "idNumberMasked", expression = "java(child.document().masked())")
    ApplicationView.PersonView toView(Child child);

    @Mapping(target = "idType", expression = "java(guardian.document().type().name())")
    @Mapping(target = "idNumberMasked", expression = "java(guardian.document().masked())")
    ApplicationView.GuardianView toView(Guardian guardian);

    ApplicationView.ClaimsView toView(Claims claims);

    @Mapping(target = "certificateNumberMasked", expression = "java(disability.certificateMasked())")
    ApplicationView.DisabilityView toView(Claims.DisabilityClaim disability);

    @Mapping(target = "label", expression = "java(entry.status().label())")
    ApplicationView.TimelineView toView(TimelineEntry entry);

    List<ApplicationView.ReusedFactView> reusedFacts(List<ReusedFact> facts);
}
