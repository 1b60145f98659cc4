package cn.baishan.enrollment.admission.seasons.usecase.port;

import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.allocation.district.Explanations.Explanation;
import java.time.LocalDate;

/** Tells families their result, through the outbox in the caller's transaction. */
public interface AdmissionEvents {

    void noticeIssued(Admission admission, Explanation explanation, String schoolName, LocalDate appealDeadline);
}
