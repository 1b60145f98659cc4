package cn.baishan.enrollment.registration.family.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A parent's own family; ids to reference in the next application, ID numbers masked. */
record FamilyView(List<ChildView> children, List<GuardianView> guardians) {

    record ChildView(UUID id, String name, String idType, String idNumberMasked, LocalDate birthDate, String sex) {}

    record GuardianView(UUID id, String name, String relation, String idType, String idNumberMasked, String phone) {}
}
