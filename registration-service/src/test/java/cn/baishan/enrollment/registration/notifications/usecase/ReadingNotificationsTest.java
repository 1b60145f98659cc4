package cn.baishan.enrollment.registration.notifications.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.registration.notifications.domain.ApplicationStep;
import cn.baishan.enrollment.registration.notifications.domain.Notification;
import cn.baishan.enrollment.registration.notifications.domain.NotificationPage;
import cn.baishan.enrollment.registration.notifications.usecase.port.ApplicationOwnership;
import cn.baishan.enrollment.registration.notifications.usecase.port.NotificationRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inbox rules over in-memory ports: ownership is asked at read time, steps are kept once. */
class ReadingNotificationsTest {

    static final Instant NOW = Instant.parse("2027-07-05T08:00:00Z");

    final Map<UUID, Notification> stored = new HashMap<>();
    final Map<String, List<UUID>> owners = new HashMap<>();

    final NotificationRepository repository = new NotificationRepository() {
        @Override
        public boolean insertIfAbsent(Notification n) {
            boolean exists = stored.values().stream()
                    .anyMatch(o -> o.kind().equals(n.kind()) && o.sourceId().equals(n.sourceId()));
            if (!exists) {
                stored.put(n.id(), n);
            }
            return !exists;
        }

        @Override
        public Optional<Notification> load(UUID id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public NotificationPage page(Collection<UUID> applicationIds, boolean unreadOnly, int page, int size) {
            List<Notification> all = new ArrayList<>(stored.values().stream()
                    .filter(n -> applicationIds.contains(n.applicationId()))
                    .filter(n -> !unreadOnly || !n.isRead())
                    .sorted(Comparator.comparing(Notification::createdAt).reversed())
                    .toList());
            int from = Math.min(page * size, all.size());
            return new NotificationPage(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
        }

        @Override
        public long countUnread(Collection<UUID> applicationIds) {
            return page(applicationIds, true, 0, Integer.MAX_VALUE).totalItems();
        }

        @Override
        public void markRead(UUID id, Instant at) {
            stored.computeIfPresent(id, (k, n) -> n.readAt(at));
        }
    };

    final ApplicationOwnership ownership = userId -> owners.getOrDefault(userId, List.of());
    final NotifyingFamily notify = new NotifyingFamily(repository);
    final ReadingNotifications inbox =
            new ReadingNotifications(repository, ownership, Clock.fixed(NOW, ZoneOffset.UTC));

    UUID step(UUID applicationId, Instant at) {
        UUID source = UUID.randomUUID();
        notify.stepReached(new NotifyFamilyUseCase.StepReached(
                applicationId, "verification-service", source, at, new ApplicationStep.VerificationStarted()));
        return source;
    }

    @Test
    void aStepForAnApplicationNobodyOwnsYetIsKeptAndAppearsForItsOwnerLater() {
        UUID application = UUID.randomUUID();
        step(application, NOW.minusSeconds(10));

        assertThat(inbox.page("parent-1", false, 0, 20).totalItems()).isZero();

        owners.put("parent-1", List.of(application));
        assertThat(inbox.page("parent-1", false, 0, 20).items()).singleElement().satisfies(n -> assertThat(n.kind())
                .isEqualTo("VERIFYING"));
        assertThat(inbox.unreadCount("parent-1")).isEqualTo(1);
    }

    @Test
    void theSameSourceGivesOneNotificationOfAKind() {
        UUID application = UUID.randomUUID();
        UUID source = UUID.randomUUID();
        var notice = new NotifyFamilyUseCase.FamilyNotice(
                application, "ADMISSION_NOTICE", "admission-service", source, "录取通知", "已被录取", NOW);

        assertThat(notify.notice(notice)).isTrue();
        assertThat(notify.notice(notice)).isFalse();
        assertThat(stored).hasSize(1);
    }

    @Test
    void markingAnotherFamilysNotificationReadFindsNothingAndChangesNothing() {
        UUID mine = UUID.randomUUID();
        owners.put("parent-1", List.of(mine));
        owners.put("parent-2", List.of(UUID.randomUUID()));
        step(mine, NOW.minusSeconds(5));
        UUID id = stored.keySet().iterator().next();

        assertThat(inbox.markRead("parent-2", id)).isEmpty();
        assertThat(stored.get(id).isRead()).isFalse();

        assertThat(inbox.markRead("parent-1", id))
                .hasValueSatisfying(n -> assertThat(n.readAt()).isEqualTo(NOW));
        assertThat(inbox.unreadCount("parent-1")).isZero();
    }

    @Test
    void aGenericNoticeNeedsAnUpperCaseKind() {
        assertThatThrownBy(() -> new NotifyFamilyUseCase.FamilyNotice(
                        UUID.randomUUID(), "admission notice", "admission-service", UUID.randomUUID(), "t", "b", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
