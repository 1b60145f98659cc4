package cn.baishan.enrollment.verification.verifications.domain;

import java.util.List;

/** What the family declared and what verification compares against the departments' registries. */
public record Subject(
        String districtCode,
        int enrollmentYear,
        String stage,
        Person child,
        List<Person> guardians,
        String declaredHukouAddress,
        Claims claims) {

    public Subject {
        guardians = List.copyOf(guardians);
        claims = claims == null ? Claims.NONE : claims;
    }
}
