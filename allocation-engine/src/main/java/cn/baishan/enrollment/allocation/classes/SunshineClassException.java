package cn.baishan.enrollment.allocation.classes;

/**
 * A class assignment that must not run, naming the input {@link #field()} and the broken {@link #rule()} (stable
 * codes the admission service turns into a 400 problem).
 */
public class SunshineClassException extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public SunshineClassException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
