package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.registration.applications.domain.ApplicationForm.GuardianInput;
import cn.baishan.enrollment.registration.applications.domain.ApplicationForm.PersonInput;
import cn.baishan.enrollment.registration.applications.domain.Claims;
import cn.baishan.enrollment.registration.applications.domain.GuardianRelation;
import cn.baishan.enrollment.registration.applications.domain.IdType;
import cn.baishan.enrollment.registration.applications.domain.InvalidApplicationException;
import cn.baishan.enrollment.registration.applications.domain.Sex;
import cn.baishan.enrollment.registration.applications.domain.Violation;
import cn.baishan.enrollment.registration.family.domain.Family;
import cn.baishan.enrollment.registration.family.domain.FamilyChild;
import cn.baishan.enrollment.registration.family.domain.FamilyGuardian;
import cn.baishan.enrollment.registration.family.usecase.FamilyUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Request parts to the domain's raw input. A child or guardian named by id comes from the caller's own
 * family only: an id of another family is "not found", like an id that does not exist.
 */
@Component
class FormInputs {

    private final FamilyUseCase families;

    FormInputs(FamilyUseCase families) {
        this.families = families;
    }

    /** The child typed in or referenced from the caller's family. */
    PersonInput child(String ownerId, SubmitApplicationRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.child() != null && request.childId() != null) {
            violations.add(new Violation("childId", "one-of", "请填写儿童信息或选择已保存的儿童，二者只选其一"));
        }
        if (request.child() == null && request.childId() == null) {
            violations.add(new Violation("child", "required", "请填写儿童信息"));
        }
        int guardianCount = size(request.guardians()) + size(request.guardianIds());
        if (guardianCount == 0) {
            violations.add(new Violation("guardians", "required", "请至少填写一位监护人"));
        } else if (guardianCount > 2) {
            violations.add(new Violation("guardians", "max-size", "最多填写两位监护人"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidApplicationException(violations);
        }
        if (request.child() != null) {
            return person(request.child());
        }
        FamilyChild child = families.family(ownerId).child(request.childId()).orElseThrow(FormInputs::notFound);
        IdType type = IdType.valueOf(child.idType());
        // a resident ID carries birth date and sex; other documents keep what the family declared
        return type == IdType.RESIDENT_ID
                ? new PersonInput(child.name(), type, child.idNumber(), null, null)
                : new PersonInput(
                        child.name(),
                        type,
                        child.idNumber(),
                        child.birthDate(),
                        child.sex() == null ? null : Sex.valueOf(child.sex()));
    }

    /** Typed guardians first, then the referenced ones, in the order given. */
    List<GuardianInput> guardians(String ownerId, SubmitApplicationRequest request) {
        List<GuardianInput> inputs = new ArrayList<>(guardians(request.guardians()));
        if (request.guardianIds() != null && !request.guardianIds().isEmpty()) {
            Family family = families.family(ownerId);
            for (UUID id : request.guardianIds()) {
                FamilyGuardian g = family.guardian(id).orElseThrow(FormInputs::notFound);
                inputs.add(new GuardianInput(
                        new PersonInput(g.name(), IdType.valueOf(g.idType()), g.idNumber(), null, null),
                        GuardianRelation.valueOf(g.relation()),
                        g.phone()));
            }
        }
        return inputs;
    }

    static List<GuardianInput> guardians(List<SubmitApplicationRequest.GuardianRequest> typed) {
        if (typed == null) {
            return List.of();
        }
        return typed.stream()
                .map(g -> new GuardianInput(
                        new PersonInput(g.name(), g.idType(), g.idNumber(), null, null), g.relation(), g.phone()))
                .toList();
    }

    static PersonInput person(SubmitApplicationRequest.PersonRequest p) {
        return new PersonInput(p.name(), p.idType(), p.idNumber(), p.birthDate(), p.sex());
    }

    static Claims claims(ClaimsRequest claims) {
        return claims == null ? Claims.NONE : claims.toDomain();
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static ProblemException notFound() {
        return new ProblemException(
                HttpStatus.NOT_FOUND, "family-member-not-found", "未找到家庭成员", "没有找到所选的儿童或监护人，请重新选择或直接填写。");
    }
}
