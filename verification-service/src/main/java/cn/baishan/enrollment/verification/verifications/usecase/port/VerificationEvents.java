package cn.baishan.enrollment.verification.verifications.usecase.port;

import cn.baishan.enrollment.verification.verifications.domain.Verification;

/** Announces verification progress; called inside the transaction of the change. */
public interface VerificationEvents {

    void started(Verification verification);

    void completed(Verification verification);

    /**
     * A decided verification is being checked again ({@code VerificationReopened}), with the trigger and
     * reason it keeps; {@code department} names the department whose notice caused it, or is null.
     */
    void reopened(Verification verification, String department);
}
