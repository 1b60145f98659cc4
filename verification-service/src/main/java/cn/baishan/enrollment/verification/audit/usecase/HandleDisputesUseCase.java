package cn.baishan.enrollment.verification.audit.usecase;

import cn.baishan.enrollment.verification.audit.domain.Dispute;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Families' disputes of audited answers, decided by district staff. */
public interface HandleDisputesUseCase {

    /** Queues a dispute with its evidence; a dispute already queued is left as it is. */
    void receive(ReceiveDisputeCommand command);

    /** @param districts the caller's districts; empty means every district */
    List<Dispute> queue(Set<String> districts);

    /**
     * Upholds (the verification is reopened) or dismisses an open dispute.
     *
     * @throws NotInQueueException when there is no open dispute with this id in the caller's districts
     */
    Dispute decide(UUID id, boolean upheld, String reason, String decidedBy, Set<String> districts);

    record ReceiveDisputeCommand(
            UUID disputeId, UUID applicationId, UUID queryId, String department, String statement) {
        public ReceiveDisputeCommand {
            Objects.requireNonNull(disputeId, "disputeId");
            Objects.requireNonNull(applicationId, "applicationId");
        }
    }

    class NotInQueueException extends RuntimeException {
        public NotInQueueException(UUID id) {
            super("no open dispute " + id + " in the caller's districts");
        }
    }

    /** Upholding needs the verification's reopen use case, which this deployment lacks. */
    class ReopenUnavailableException extends RuntimeException {
        public ReopenUnavailableException() {
            super("no ReopenVerificationUseCase in this deployment");
        }
    }
}
