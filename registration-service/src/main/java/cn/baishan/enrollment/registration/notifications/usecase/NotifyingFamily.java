package cn.baishan.enrollment.registration.notifications.usecase;

import cn.baishan.enrollment.registration.notifications.domain.Notification;
import cn.baishan.enrollment.registration.notifications.domain.NotificationText;
import cn.baishan.enrollment.registration.notifications.domain.NotificationTexts;
import cn.baishan.enrollment.registration.notifications.usecase.port.NotificationRepository;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications addressed to the application. Whether the application's row is visible yet
 * does not matter: the owner is looked up when the inbox is read, so a step that raced ahead of the
 * insert is simply shown once the application exists.
 */
@Service
@Transactional
class NotifyingFamily implements NotifyFamilyUseCase {

    private static final Logger log = LoggerFactory.getLogger(NotifyingFamily.class);

    private final NotificationRepository notifications;

    NotifyingFamily(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public void stepReached(StepReached step) {
        NotificationText text = NotificationTexts.of(step.step());
        boolean added = notifications.insertIfAbsent(Notification.unread(
                UUID.randomUUID(), step.applicationId(), step.source(), step.sourceId(), text, step.at()));
        if (added) {
            log.info("notified the family of application {}: {}", step.applicationId(), text.kind());
        }
    }

    @Override
    public boolean notice(FamilyNotice notice) {
        return notifications.insertIfAbsent(Notification.unread(
                UUID.randomUUID(),
                notice.applicationId(),
                notice.source(),
                notice.sourceId(),
                new NotificationText(notice.kind(), notice.title(), notice.body()),
                notice.at()));
    }
}
