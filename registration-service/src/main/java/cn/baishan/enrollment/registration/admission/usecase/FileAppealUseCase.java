package cn.baishan.enrollment.registration.admission.usecase;

import cn.baishan.enrollment.registration.admission.domain.Appeal;
import java.util.Objects;
import java.util.UUID;

/**
 * The owning family appeals the current admission notice, once per notice and within its window;
 * admission-service learns of it through {@code AppealFiled}.
 */
public interface FileAppealUseCase {

    /**
     * @throws ViewAdmissionQuery.ApplicationNotFoundException when the caller does not own the application
     * @throws ViewAdmissionQuery.AdmissionNotPublishedException when there is no notice to appeal
     * @throws AppealExistsException when the current notice was already appealed
     * @throws cn.baishan.enrollment.registration.admission.domain.AppealWindowClosedException after the deadline day
     * @throws cn.baishan.enrollment.registration.admission.domain.InvalidAppealException for an empty or too long statement
     */
    Appeal file(FileAppealCommand command);

    record FileAppealCommand(UUID applicationId, String userId, String statement) {
        public FileAppealCommand {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** One appeal per notice: a second one would be a second case for the same decision. */
    class AppealExistsException extends RuntimeException {
        private final transient Appeal existing;

        public AppealExistsException(Appeal existing) {
            super("notice " + existing.noticeId() + " was already appealed");
            this.existing = existing;
        }

        public Appeal existing() {
            return existing;
        }
    }
}
