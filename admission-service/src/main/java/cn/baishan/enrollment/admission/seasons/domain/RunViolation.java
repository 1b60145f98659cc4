package cn.baishan.enrollment.admission.seasons.domain;

/**
 * A broken invariant of a run: one of the engine's rules, or {@code ADMITTED_ELSEWHERE} found at publication (a child
 * of the run already holds a published admission of another season, city-wide).
 */
public record RunViolation(String rule, String subject, String detail) {

    public static final String ADMITTED_ELSEWHERE = "ADMITTED_ELSEWHERE";
}
