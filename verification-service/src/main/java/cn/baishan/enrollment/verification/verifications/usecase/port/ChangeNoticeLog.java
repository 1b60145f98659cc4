package cn.baishan.enrollment.verification.verifications.usecase.port;

import cn.baishan.enrollment.verification.verifications.domain.ChangeNotice;
import java.time.Instant;

/** The change notices received, kept for audit: who sent what about whom (masked), when, and its effect. */
public interface ChangeNoticeLog {

    /**
     * Records a notice once per department and notice id; returns false when the department sent this
     * notice id before (nothing is recorded then).
     */
    boolean record(ChangeNotice notice, String sentBy, Instant receivedAt);

    /** How many verifications the recorded notice reopened. */
    void affected(ChangeNotice notice, int reopened);
}
