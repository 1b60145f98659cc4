package cn.baishan.enrollment.registration.applications.domain;

/** A supplement was sent while the application does not wait for one. */
public class SupplementNotAllowedException extends RuntimeException {

    private final ApplicationStatus status;

    public SupplementNotAllowedException(ApplicationStatus status) {
        super("no supplement expected in status " + status);
        this.status = status;
    }

    public ApplicationStatus status() {
        return status;
    }
}
