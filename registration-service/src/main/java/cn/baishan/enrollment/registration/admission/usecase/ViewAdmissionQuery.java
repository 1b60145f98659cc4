package cn.baishan.enrollment.registration.admission.usecase;

import java.util.UUID;

/** The admission result of an application, for whoever may read the application. */
public interface ViewAdmissionQuery {

    /**
     * @throws ApplicationNotFoundException when the application is outside the reader's scope
     * @throws AdmissionNotPublishedException when no notice has been issued for it yet
     */
    CurrentAdmission current(UUID applicationId, Reader reader);

    /** Not the caller's application (or none at all): both look the same from outside. */
    class ApplicationNotFoundException extends RuntimeException {
        public ApplicationNotFoundException(UUID applicationId) {
            super("no application " + applicationId + " for this caller");
        }
    }

    /** No admission notice has been issued for the application yet. */
    class AdmissionNotPublishedException extends RuntimeException {
        public AdmissionNotPublishedException(UUID applicationId) {
            super("no admission notice for application " + applicationId);
        }
    }
}
