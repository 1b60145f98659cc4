package cn.baishan.enrollment.registration.admission.usecase.port;

import cn.baishan.enrollment.registration.admission.domain.Appeal;

/** Tells admission-service (through the outbox, in the caller's transaction). */
public interface AppealEvents {

    void filed(Appeal appeal);
}
