package cn.baishan.enrollment.registration.family.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.registration.family.usecase.FamilyUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registration/family")
class FamilyController {

    private final FamilyUseCase families;
    private final FamilyViewMapper mapper;

    FamilyController(FamilyUseCase families, FamilyViewMapper mapper) {
        this.families = families;
        this.mapper = mapper;
    }

    /** The caller's own family only: there is no way to name another account. */
    @GetMapping
    FamilyView own(Caller caller) {
        if (!caller.has(Role.PARENT)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有家长账号有家庭信息。");
        }
        return mapper.toView(families.family(caller.subject()));
    }
}
