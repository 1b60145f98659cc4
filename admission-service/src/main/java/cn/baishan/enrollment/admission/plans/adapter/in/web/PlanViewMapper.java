package cn.baishan.enrollment.admission.plans.adapter.in.web;

import cn.baishan.enrollment.admission.plans.domain.Plan;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface PlanViewMapper {

    @Mapping(target = "schoolCode", source = "key.schoolCode")
    @Mapping(target = "enrollmentYear", source = "key.enrollmentYear")
    @Mapping(target = "stage", source = "key.stage")
    @Mapping(target = "capacity", expression = "java(plan.capacity())")
    PlanView toView(Plan plan);

    @Mapping(target = "schoolCode", source = "key.schoolCode")
    @Mapping(target = "enrollmentYear", source = "key.enrollmentYear")
    @Mapping(target = "stage", source = "key.stage")
    PlanView.Public toPublic(Plan plan);
}
