package cn.baishan.enrollment.registration.notifications.usecase;

import cn.baishan.enrollment.registration.notifications.domain.ApplicationStep;
import java.time.Instant;
import java.util.UUID;

/**
 * Puts a message in the inbox of whoever owns an application. Each source id gives at most one
 * notification of a kind, so redeliveries and retries add nothing.
 */
public interface NotifyFamilyUseCase {

    /** A step registration knows how to word ({@link cn.baishan.enrollment.registration.notifications.domain.NotificationTexts}). */
    void stepReached(StepReached step);

    /**
     * The generic hook for other producers (e.g. an admission notice): they bring their own kind and
     * words. Returns false when this source id already produced a notice of this kind.
     */
    boolean notice(FamilyNotice notice);

    record StepReached(UUID applicationId, String source, UUID sourceId, Instant at, ApplicationStep step) {
        public StepReached {
            // missing parts mean a malformed event: refused as such (dead letter, not endless retry)
            if (applicationId == null || source == null || sourceId == null || at == null || step == null) {
                throw new IllegalArgumentException("a step names its application, source, event, time and kind");
            }
        }
    }

    /**
     * @param kind upper-case name of what happened, e.g. {@code ADMISSION_NOTICE}
     * @param source the producing service or feature
     * @param sourceId the event or record behind it
     */
    record FamilyNotice(
            UUID applicationId, String kind, String source, UUID sourceId, String title, String body, Instant at) {
        public FamilyNotice {
            if (applicationId == null || sourceId == null || at == null) {
                throw new IllegalArgumentException("a notice names its application, source record and time");
            }
            if (kind == null || !kind.matches("[A-Z][A-Z0-9_]{1,39}")) {
                throw new IllegalArgumentException("a notice kind is an upper-case name of up to 40 characters");
            }
            if (source == null || source.isBlank() || source.length() > 60) {
                throw new IllegalArgumentException("a notice names its source in up to 60 characters");
            }
        }
    }
}
