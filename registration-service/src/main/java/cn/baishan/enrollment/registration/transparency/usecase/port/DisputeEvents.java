package cn.baishan.enrollment.registration.transparency.usecase.port;

import cn.baishan.enrollment.registration.transparency.domain.Dispute;

/** Tells district staff (through the outbox, in the caller's transaction). */
public interface DisputeEvents {

    void filed(Dispute dispute);
}
