package cn.baishan.enrollment.verification.verifications.usecase.port;

/** A department gave no usable answer (outage, timeout, open circuit, garbage): retry later. */
public class PartnerUnavailableException extends RuntimeException {

    private final String source;

    public PartnerUnavailableException(String source, String reason) {
        super(reason);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
