package cn.baishan.enrollment.simulator.fault;

import java.util.Arrays;
import java.util.Optional;

/** The simulated departments; each one's API lives under {@code /<slug>/**}, which is where its faults apply. */
public enum Department {
    HOUSEHOLD_REGISTRATION("household-registration"),
    REAL_ESTATE("real-estate"),
    RESIDENCE_PERMIT("residence-permit"),
    SOCIAL_INSURANCE("social-insurance");

    private final String slug;

    Department(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    String pathPattern() {
        return "/" + slug + "/**";
    }

    static Optional<Department> bySlug(String slug) {
        return Arrays.stream(values())
                .filter(department -> department.slug.equals(slug))
                .findFirst();
    }
}
