package cn.baishan.enrollment.catchment.zones.domain;

/** A lifecycle step that is not allowed now, with the reason in words for district staff. */
public class PlanTransitionException extends RuntimeException {

    private final String rule;

    public PlanTransitionException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
