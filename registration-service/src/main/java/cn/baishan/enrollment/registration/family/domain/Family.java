package cn.baishan.enrollment.registration.family.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a parent account holds (一次采集、多次复用): its children and guardians, each collected once and
 * referenced by id in later applications.
 */
public record Family(String ownerId, List<FamilyChild> children, List<FamilyGuardian> guardians) {

    public Family {
        children = List.copyOf(children);
        guardians = List.copyOf(guardians);
    }

    public Optional<FamilyChild> child(UUID id) {
        return children.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<FamilyGuardian> guardian(UUID id) {
        return guardians.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
