package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;

public interface SubmitApplicationUseCase {

    Submission submit(SubmitApplicationCommand command);

    /**
     * The application, whether this call replayed an earlier one with the same key, and for an
     * assisted submission the one-time code the parent claims it with (null otherwise).
     */
    record Submission(Application application, boolean replayed, String claimCode) {}

    /** The idempotency key was already used for a different request. */
    class IdempotencyKeyReusedException extends RuntimeException {}

    /** The child already has an active application for this stage and year, anywhere in the city. */
    class DuplicateApplicationException extends RuntimeException {}
}
