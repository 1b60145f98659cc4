package cn.baishan.enrollment.registration.applications.domain;

/** An application arrived outside its district's registration window. */
public class RegistrationWindowClosedException extends RuntimeException {

    private final RegistrationWindow window;

    public RegistrationWindowClosedException(RegistrationWindow window) {
        super("registration window closed: " + window.describe());
        this.window = window;
    }

    public RegistrationWindow window() {
        return window;
    }
}
