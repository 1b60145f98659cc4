package cn.baishan.enrollment.verification.verifications.usecase.port;

import cn.baishan.enrollment.verification.verifications.domain.Verification;

/** Announces verification progress; called inside the transaction of the change. */
public interface VerificationEvents {

    void started(Verification verification);

    void completed(Verification verification);
}
