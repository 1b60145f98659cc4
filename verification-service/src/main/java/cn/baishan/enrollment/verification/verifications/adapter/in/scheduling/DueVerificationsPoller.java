package cn.baishan.enrollment.verification.verifications.adapter.in.scheduling;

import cn.baishan.enrollment.verification.verifications.usecase.RunDueVerificationsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drives verification: every tick, whatever is due (new, or waiting for a department) is tried. */
@Component
class DueVerificationsPoller {

    private static final Logger log = LoggerFactory.getLogger(DueVerificationsPoller.class);

    private final RunDueVerificationsUseCase runDue;

    DueVerificationsPoller(RunDueVerificationsUseCase runDue) {
        this.runDue = runDue;
    }

    @Scheduled(fixedDelayString = "${baishan.verification.poll-interval:500ms}")
    void poll() {
        try {
            runDue.runDue();
        } catch (RuntimeException e) {
            // the database may be briefly away; claims expire, so nothing is lost by waiting a tick
            log.warn("verification round failed, retrying next tick: {}", e.toString());
        }
    }
}
