package cn.baishan.enrollment.registration.admission.domain;

import java.time.LocalDate;

/** The notice's appeal window has ended (or it never had one). */
public class AppealWindowClosedException extends RuntimeException {

    private final LocalDate deadline;

    public AppealWindowClosedException(LocalDate deadline) {
        super("the appeal window closed after " + deadline);
        this.deadline = deadline;
    }

    /** Null when the notice has no appeal window at all. */
    public LocalDate deadline() {
        return deadline;
    }
}
