package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.ApplicationForm;
import cn.baishan.enrollment.registration.applications.domain.Submitter;
import java.util.Objects;

/**
 * Submit one application. The idempotency key is the client's: the same key and the same form
 * return the first result; the same key with a different form is refused.
 *
 * @param requestFingerprint digest of the request as sent, to detect a key reused for other content
 */
public record SubmitApplicationCommand(
        String ownerId, Submitter submitter, String idempotencyKey, String requestFingerprint, ApplicationForm form) {

    public SubmitApplicationCommand {
        Objects.requireNonNull(ownerId);
        Objects.requireNonNull(submitter);
        Objects.requireNonNull(idempotencyKey);
        Objects.requireNonNull(requestFingerprint);
        Objects.requireNonNull(form);
    }
}
