package cn.baishan.enrollment.allocation.lottery;

/** A revealed seed is not the one the published commitment was made to: the draw must not be accepted. */
public final class SeedMismatchException extends RuntimeException {

    private final String commitment;
    private final String actual;

    SeedMismatchException(String commitment, String actual) {
        super("the revealed seed does not match the published commitment " + commitment
                + " (SHA-256 of the revealed seed is " + actual + ")");
        this.commitment = commitment;
        this.actual = actual;
    }

    /** The published commitment. */
    public String commitment() {
        return commitment;
    }

    /** SHA-256 of the seed that was revealed. */
    public String actual() {
        return actual;
    }
}
