package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.usecase.port.DepartmentAnswers;
import cn.baishan.enrollment.verification.verifications.usecase.port.DepartmentAnswers.Ticket;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the answer and makes the verification due in one transaction. A background run may be saving
 * the same verification at that moment (optimistic lock): then the whole step is simply tried again.
 */
@Service
class AcceptingDepartmentAnswer implements AcceptDepartmentAnswerUseCase {

    private static final Logger log = LoggerFactory.getLogger(AcceptingDepartmentAnswer.class);
    private static final int ATTEMPTS = 3;

    private final DepartmentAnswers answers;
    private final VerificationRepository verifications;
    private final TransactionTemplate tx;
    private final Clock clock;

    AcceptingDepartmentAnswer(
            DepartmentAnswers answers, VerificationRepository verifications, TransactionTemplate tx, Clock clock) {
        this.answers = answers;
        this.verifications = verifications;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Outcome accept(AcceptDepartmentAnswerCommand command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> acceptOnce(command));
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Outcome acceptOnce(AcceptDepartmentAnswerCommand command) {
        List<Ticket> issued = answers.tickets(command.ticket());
        if (issued.isEmpty()) {
            throw new UnknownTicketException();
        }
        Ticket ticket = issued.stream()
                .filter(t -> command.department().answersFor(t.source()))
                .findFirst()
                .orElseThrow(OtherDepartmentsTicketException::new);
        if (!ticket.requestId().equals(command.requestId())) {
            throw new UnknownTicketException();
        }
        Instant now = clock.instant();
        if (!answers.answer(ticket, command.answerJson(), now)) {
            log.info("ticket {} of {} answered again: the first answer stands", ticket.ticket(), ticket.source());
            return Outcome.ALREADY_ANSWERED;
        }
        verifications.findByApplication(ticket.applicationId()).ifPresent(verification -> {
            boolean due = verification.answerArrived(now);
            verifications.update(verification);
            log.info(
                    "{} answered ticket {} for application {}{}",
                    ticket.source(),
                    ticket.ticket(),
                    ticket.applicationId(),
                    due ? ": verification due now" : "");
        });
        return Outcome.ACCEPTED;
    }
}
