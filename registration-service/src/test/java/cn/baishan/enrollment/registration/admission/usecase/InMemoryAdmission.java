package cn.baishan.enrollment.registration.admission.usecase;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.Appeal;
import cn.baishan.enrollment.registration.admission.usecase.port.AdmissionNoticeRepository;
import cn.baishan.enrollment.registration.admission.usecase.port.AppealEvents;
import cn.baishan.enrollment.registration.admission.usecase.port.AppealRepository;
import cn.baishan.enrollment.registration.admission.usecase.port.ApplicationScope;
import cn.baishan.enrollment.registration.admission.usecase.port.FamilyNotifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The admission feature's out-ports in memory, recording what was published and notified. */
class InMemoryAdmission
        implements AdmissionNoticeRepository, AppealRepository, AppealEvents, FamilyNotifier, ApplicationScope {

    final Map<UUID, AdmissionNotice> notices = new LinkedHashMap<>();
    final Map<UUID, Appeal> appeals = new LinkedHashMap<>();
    final Map<UUID, String> owners = new HashMap<>();
    final List<Appeal> published = new ArrayList<>();
    final List<AdmissionNotice> noticesNotified = new ArrayList<>();
    final List<Appeal> decisionsNotified = new ArrayList<>();
    final List<Appeal> filingsNotified = new ArrayList<>();

    @Override
    public boolean insertIfAbsent(AdmissionNotice notice) {
        return notices.putIfAbsent(notice.id(), notice) == null;
    }

    @Override
    public Optional<AdmissionNotice> current(UUID applicationId) {
        return notices.values().stream()
                .filter(n -> n.applicationId().equals(applicationId))
                .sorted(AdmissionNotice.NEWEST_FIRST)
                .findFirst();
    }

    @Override
    public boolean insertIfFirstOfNotice(Appeal appeal) {
        if (ofNotice(appeal.noticeId()).isPresent()) {
            return false;
        }
        appeals.put(appeal.id(), appeal);
        return true;
    }

    @Override
    public void update(Appeal appeal) {
        appeals.put(appeal.id(), appeal);
    }

    @Override
    public Optional<Appeal> load(UUID appealId) {
        return Optional.ofNullable(appeals.get(appealId));
    }

    @Override
    public Optional<Appeal> ofNotice(UUID noticeId) {
        return appeals.values().stream()
                .filter(a -> a.noticeId().equals(noticeId))
                .findFirst();
    }

    @Override
    public void filed(Appeal appeal) {
        published.add(appeal);
    }

    @Override
    public void noticeIssued(AdmissionNotice notice) {
        noticesNotified.add(notice);
    }

    @Override
    public void appealFiled(Appeal appeal) {
        filingsNotified.add(appeal);
    }

    @Override
    public void appealDecided(Appeal appeal) {
        decisionsNotified.add(appeal);
    }

    @Override
    public boolean mayView(UUID applicationId, Reader reader) {
        // enough for these tests: the owner, and city-wide staff
        return reader.cityWide() || isOwnedBy(applicationId, reader.userId());
    }

    @Override
    public boolean isOwnedBy(UUID applicationId, String userId) {
        return userId != null && userId.equals(owners.get(applicationId));
    }
}
