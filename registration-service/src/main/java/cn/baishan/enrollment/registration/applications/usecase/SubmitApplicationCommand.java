package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.ApplicationForm;
import cn.baishan.enrollment.registration.applications.domain.Submitter;
import java.util.Objects;

/**
 * Submit one application. The idempotency key is the client's: the same key and the same form
 * return the first result; the same key with a different form is refused.
 *
 * @param ownerId the parent's account; ignored for assisted submissions, which get a pending owner
 * @param requestFingerprint digest of the request as sent, to detect a key reused for other content
 * @param parentPhone assisted mode only: the phone the parent gave collection-point staff
 */
public record SubmitApplicationCommand(
        String ownerId,
        Submitter submitter,
        String idempotencyKey,
        String requestFingerprint,
        ApplicationForm form,
        String parentPhone) {

    public SubmitApplicationCommand {
        Objects.requireNonNull(ownerId);
        Objects.requireNonNull(submitter);
        Objects.requireNonNull(idempotencyKey);
        Objects.requireNonNull(requestFingerprint);
        Objects.requireNonNull(form);
        if (submitter.assisted()) {
            Objects.requireNonNull(parentPhone, "an assisted submission records the parent's phone");
        }
    }

    /** A parent submitting for their own family. */
    public static SubmitApplicationCommand byParent(
            Submitter parent, String idempotencyKey, String requestFingerprint, ApplicationForm form) {
        return new SubmitApplicationCommand(parent.userId(), parent, idempotencyKey, requestFingerprint, form, null);
    }
}
