package cn.baishan.enrollment.admission.applicants.usecase.port;

import cn.baishan.enrollment.admission.applicants.domain.VerificationNews;
import java.util.List;
import java.util.UUID;

/** Verification news about applications admission has not heard of yet, kept until they arrive. */
public interface EarlyVerificationNews {

    void keep(UUID eventId, VerificationNews news);

    /** Removes and returns the news kept for an application, oldest first. */
    List<VerificationNews> takeAll(UUID applicationId);
}
