package cn.baishan.enrollment.admission.plans.usecase.port;

/** Catchment-service did not answer (after retries); nothing was changed. */
public class CatalogUnavailableException extends RuntimeException {

    public CatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
