package cn.baishan.enrollment.verification.verifications.domain;

import java.util.Set;

/**
 * One tier of a district's published order: the admission category it grants, its name for the
 * public, and the facts a family must have for it (all of them).
 */
public record TierRule(String category, String name, Set<Fact> requires) {

    public TierRule {
        if (category == null || category.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tier has a category and a name");
        }
        if (requires == null || requires.isEmpty()) {
            throw new IllegalArgumentException("tier " + category + " must require at least one fact");
        }
        requires = Set.copyOf(requires);
    }

    boolean grantedBy(Set<Fact> facts) {
        return facts.containsAll(requires);
    }
}
