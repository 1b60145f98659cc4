package cn.baishan.enrollment.verification.verifications.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A partner department as its client-credentials token names it (claim {@code department}), and the
 * registries ({@code sources}, the partner clients' names) it answers for.
 */
public enum PartnerDepartment {
    PUBLIC_SECURITY("公安部门", List.of("household-registration", "residence-permit")),
    NATURAL_RESOURCES("自然资源部门", List.of("real-estate")),
    HUMAN_RESOURCES_SOCIAL_SECURITY("人力资源和社会保障部门", List.of("social-insurance"));

    private final String displayName;
    private final List<String> sources;

    PartnerDepartment(String displayName, List<String> sources) {
        this.displayName = displayName;
        this.sources = sources;
    }

    /** The department named by a token's {@code department} claim; empty for anything else. */
    public static Optional<PartnerDepartment> ofClaim(String claim) {
        return Arrays.stream(values()).filter(d -> d.name().equals(claim)).findFirst();
    }

    public String displayName() {
        return displayName;
    }

    /** Whether this department runs the registry a query went to (and so may answer its ticket). */
    public boolean answersFor(String source) {
        return sources.contains(source);
    }
}
