package cn.baishan.enrollment.registration.family.adapter.in.web;

import cn.baishan.enrollment.registration.applications.domain.Masking;
import cn.baishan.enrollment.registration.family.domain.Family;
import cn.baishan.enrollment.registration.family.domain.FamilyChild;
import cn.baishan.enrollment.registration.family.domain.FamilyGuardian;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Family to API view; ID numbers leave only masked (the same masking as applications). */
@Mapper(imports = Masking.class)
interface FamilyViewMapper {

    FamilyView toView(Family family);

    @Mapping(target = "idNumberMasked", expression = "java(Masking.idNumber(child.idNumber()))")
    FamilyView.ChildView toView(FamilyChild child);

    @Mapping(target = "idNumberMasked", expression = "java(Masking.idNumber(guardian.idNumber()))")
    FamilyView.GuardianView toView(FamilyGuardian guardian);
}
