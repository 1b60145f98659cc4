package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.ChangeNotice;
import java.util.Objects;

/**
 * A department reports that something registered about a person changed: every decided verification
 * whose child or guardian is that person is checked again. Idempotent per department and notice id.
 */
public interface ReceiveChangeNoticeUseCase {

    /** The receipt is for this service's logs and tests; the department is told only "accepted". */
    Receipt receive(ReceiveChangeNoticeCommand command);

    /** @param sentBy the client that sent it, as its token names it (kept for audit) */
    record ReceiveChangeNoticeCommand(ChangeNotice notice, String sentBy) {
        public ReceiveChangeNoticeCommand {
            Objects.requireNonNull(notice);
            Objects.requireNonNull(sentBy);
        }
    }

    /** @param firstDelivery false for a notice id the department sent before (nothing reopened again) */
    record Receipt(String noticeId, boolean firstDelivery, int reopened) {}
}
