package cn.baishan.enrollment.registration.transparency.usecase.port;

import cn.baishan.enrollment.registration.transparency.domain.Dispute;

/** Confirms to the family, in its inbox, that the dispute reached the district. */
public interface FamilyNotifier {

    void disputeFiled(Dispute dispute);
}
