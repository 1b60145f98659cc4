package cn.baishan.enrollment.registration.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTest {

    static final Instant T0 = Instant.parse("2027-07-01T08:00:00Z");

    static Notification unread() {
        return Notification.unread(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "verification-service",
                UUID.randomUUID(),
                new NotificationText("VERIFYING", "正在核验", "正在比对"),
                T0);
    }

    @Test
    void readingTwiceKeepsTheFirstTime() {
        var once = unread().readAt(T0.plusSeconds(60));
        var twice = once.readAt(T0.plusSeconds(120));

        assertThat(twice.isRead()).isTrue();
        assertThat(twice.readAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aLongBodyIsCutToWhatTheInboxHolds() {
        var text = new NotificationText("ADMISSION_NOTICE", "录取通知", "很".repeat(1500));

        assertThat(text.body()).hasSize(NotificationText.MAX_BODY).endsWith("…");
    }

    @Test
    void aNotificationNeedsATitle() {
        assertThatThrownBy(() -> new NotificationText("X", " ", "body")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesAreCountedUp() {
        assertThat(new NotificationPage(java.util.List.of(), 0, 20, 41).totalPages())
                .isEqualTo(3);
        assertThat(NotificationPage.empty(0, 20).totalPages()).isZero();
    }
}
