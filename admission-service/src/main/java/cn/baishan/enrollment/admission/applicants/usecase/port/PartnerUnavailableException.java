package cn.baishan.enrollment.admission.applicants.usecase.port;

/** Another platform service did not answer (after retries): the season input cannot be built now. */
public class PartnerUnavailableException extends RuntimeException {

    public PartnerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
