package cn.baishan.enrollment.registration.family.usecase;

import cn.baishan.enrollment.registration.family.domain.Family;
import cn.baishan.enrollment.registration.family.domain.FamilyChild;
import cn.baishan.enrollment.registration.family.domain.FamilyGuardian;
import cn.baishan.enrollment.registration.family.usecase.port.FamilyRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class RememberingFamilies implements FamilyUseCase {

    private final FamilyRepository families;

    RememberingFamilies(FamilyRepository families) {
        this.families = families;
    }

    @Override
    @Transactional(readOnly = true)
    public Family family(String ownerId) {
        return families.load(ownerId);
    }

    @Override
    public void remember(String ownerId, Person child, List<Person> guardians) {
        families.saveChild(
                ownerId,
                new FamilyChild(
                        UUID.randomUUID(),
                        child.name(),
                        child.idType(),
                        child.idNumber(),
                        child.birthDate(),
                        child.sex()));
        for (Person g : guardians) {
            families.saveGuardian(
                    ownerId,
                    new FamilyGuardian(UUID.randomUUID(), g.name(), g.relation(), g.idType(), g.idNumber(), g.phone()));
        }
    }
}
