package cn.baishan.enrollment.verification.verifications.usecase;

import java.util.UUID;

/**
 * Checks an application again after it had a verdict: a department pushed a change notice, or district
 * staff upheld a family's dispute. Publishes {@code VerificationReopened}; a new verdict follows on its
 * own. Reopening a verification that is already waiting for its checks changes nothing.
 */
public interface ReopenVerificationUseCase {

    /**
     * @param trigger {@code VerificationReopened.TRIGGER_CHANGE_NOTICE} or {@code TRIGGER_DISPUTE}
     * @param department the department whose notice triggered it, or null
     * @param reason one line for the parent, in Chinese
     * @return whether the verification was reopened (false when it was still open)
     */
    boolean reopen(UUID applicationId, String trigger, String department, String reason);
}
