package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.PartnerDepartment;
import java.util.Objects;

/**
 * A department posts the answer to a query it took with a ticket: the answer is stored (encrypted) and
 * the verification waiting for it becomes due at once; its next run reads the stored answer instead of
 * asking again. A ticket answered before keeps its first answer.
 */
public interface AcceptDepartmentAnswerUseCase {

    /**
     * @throws UnknownTicketException no such ticket, or the request id does not match it
     * @throws OtherDepartmentsTicketException the ticket was issued by another department's registry
     */
    Outcome accept(AcceptDepartmentAnswerCommand command);

    /** @param answerJson the department's synchronous answer JSON, as posted */
    record AcceptDepartmentAnswerCommand(
            PartnerDepartment department, String requestId, String ticket, String answerJson) {
        public AcceptDepartmentAnswerCommand {
            Objects.requireNonNull(department);
            Objects.requireNonNull(requestId);
            Objects.requireNonNull(ticket);
            Objects.requireNonNull(answerJson);
        }
    }

    enum Outcome {
        ACCEPTED,
        ALREADY_ANSWERED
    }

    class UnknownTicketException extends RuntimeException {
        public UnknownTicketException() {
            super("unknown ticket");
        }
    }

    class OtherDepartmentsTicketException extends RuntimeException {
        public OtherDepartmentsTicketException() {
            super("ticket of another department");
        }
    }
}
