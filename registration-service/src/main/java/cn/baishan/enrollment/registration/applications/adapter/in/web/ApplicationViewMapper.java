package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.Child;
import cn.baishan.enrollment.registration.applications.domain.Guardian;
import cn.baishan.enrollment.registration.applications.domain.TimelineEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain to API view. ID numbers leave this service only masked. */
@Mapper
interface ApplicationViewMapper {

    @Mapping(target = "statusLabel", expression = "java(application.getStatus().label())")
    @Mapping(target = "assisted", expression = "java(application.getSubmitter().assisted())")
    ApplicationView toView(Application application);

    @Mapping(target = "idType", expression = "java(child.document().type().name())")
    @Mapping(target = "idNumberMasked", expression = "java(child.document().masked())")
    ApplicationView.PersonView toView(Child child);

    @Mapping(target = "idType", expression = "java(guardian.document().type().name())")
    @Mapping(target = "idNumberMasked", expression = "java(guardian.document().masked())")
    ApplicationView.GuardianView toView(Guardian guardian);

    @Mapping(target = "label", expression = "java(entry.status().label())")
    ApplicationView.TimelineView toView(TimelineEntry entry);
}
