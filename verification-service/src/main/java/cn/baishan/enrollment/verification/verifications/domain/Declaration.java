package cn.baishan.enrollment.verification.verifications.domain;

import java.util.List;

/** What a family declares in a supplement round: the people, the hukou address and the claims, corrected. */
public record Declaration(Person child, List<Person> guardians, String hukouAddress, Claims claims) {

    public Declaration {
        guardians = List.copyOf(guardians);
        claims = claims == null ? Claims.NONE : claims;
    }
}
