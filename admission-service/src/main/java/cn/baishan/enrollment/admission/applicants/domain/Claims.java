package cn.baishan.enrollment.admission.applicants.domain;

import java.util.List;

/**
 * The declared claims allocation needs, and nothing more.
 *
 * @param preferences the parents' ranked schools of a multi-school zone
 * @param siblingSchoolCode an older sibling's school (长幼随学), or null
 * @param promotionPrimarySchoolCode grade 7: the primary school the child leaves (对口直升), or null
 * @param disabilityDeclared a disability was declared for the expert committee
 */
public record Claims(
        List<String> preferences,
        String siblingSchoolCode,
        String promotionPrimarySchoolCode,
        boolean disabilityDeclared) {

    public static final Claims NONE = new Claims(List.of(), null, null, false);

    public Claims {
        preferences = preferences == null ? List.of() : List.copyOf(preferences);
    }
}
