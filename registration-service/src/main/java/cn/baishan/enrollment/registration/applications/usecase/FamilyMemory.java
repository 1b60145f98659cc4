package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.Guardian;
import cn.baishan.enrollment.registration.family.usecase.FamilyUseCase;
import cn.baishan.enrollment.registration.family.usecase.FamilyUseCase.Person;
import org.springframework.stereotype.Component;

/** Hands an accepted application's people to the family feature (一次采集、多次复用). */
@Component
class FamilyMemory {

    private final FamilyUseCase families;

    FamilyMemory(FamilyUseCase families) {
        this.families = families;
    }

    void remember(Application application) {
        var child = application.getChild();
        families.remember(
                application.getOwnerId(),
                new Person(
                        child.name(),
                        child.document().type().name(),
                        child.document().number(),
                        child.birthDate(),
                        child.sex() == null ? null : child.sex().name(),
                        null,
                        null),
                application.getGuardians().stream().map(FamilyMemory::person).toList());
    }

    private static Person person(Guardian g) {
        return new Person(
                g.name(),
                g.document().type().name(),
                g.document().number(),
                null,
                null,
                g.relation().name(),
                g.phone());
    }
}
