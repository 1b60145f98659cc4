package cn.baishan.enrollment.admission.applicants.adapter.in.web;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.DisabilityPlacement;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface ApplicantViewMapper {

    @Mapping(target = "category", source = "verdict.category")
    @Mapping(target = "zoneCode", source = "verdict.zoneCode")
    @Mapping(target = "flags", source = "verdict.flags")
    @Mapping(target = "preferences", source = "claims.preferences")
    @Mapping(target = "siblingSchoolCode", source = "claims.siblingSchoolCode")
    @Mapping(target = "directPromotionPrimarySchoolCode", source = "claims.promotionPrimarySchoolCode")
    @Mapping(target = "disabilityDeclared", source = "claims.disabilityDeclared")
    @Mapping(target = "homeLocated", expression = "java(file.verdict() != null && file.verdict().home() != null)")
    ApplicantView toView(ApplicantFile file);

    ApplicantView.PlacementView toView(DisabilityPlacement placement);
}
