package cn.baishan.enrollment.registration.admission.usecase.port;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.Appeal;

/** Puts admission news in the family's inbox, at most once per notice and per decision. */
public interface FamilyNotifier {

    void noticeIssued(AdmissionNotice notice);

    /** The family's confirmation that the appeal reached the district. */
    void appealFiled(Appeal appeal);

    void appealDecided(Appeal appeal);
}
