package cn.baishan.enrollment.registration.admission.usecase;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.AppealDecision;
import java.util.UUID;

/** Driven by admission-service's results: notices issued and appeals decided. */
public interface RecordAdmissionResultsUseCase {

    /**
     * Keeps the notice (also for an application not visible here yet: it is shown once it is) and tells
     * the family, unless a later notice is already in force. The same notice twice is kept once.
     */
    void noticeIssued(AdmissionNotice notice);

    /** Records the decision of an appeal filed here and tells the family; only the first decision counts. */
    void appealDecided(UUID applicationId, UUID appealId, AppealDecision decision);
}
