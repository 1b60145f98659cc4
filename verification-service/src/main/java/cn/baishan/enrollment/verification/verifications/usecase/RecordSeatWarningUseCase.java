package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.WarningNotice;
import cn.baishan.enrollment.verification.verifications.usecase.port.SeatWarningNotices;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the local copy of seat warnings that verifications are judged against. */
@Service
@Transactional
public class RecordSeatWarningUseCase {

    private final SeatWarningNotices notices;

    RecordSeatWarningUseCase(SeatWarningNotices notices) {
        this.notices = notices;
    }

    public void issued(UUID warningId, WarningNotice notice) {
        notices.issued(warningId, notice);
    }

    public void lifted(UUID warningId, LocalDate liftedOn) {
        notices.lifted(warningId, liftedOn);
    }
}
