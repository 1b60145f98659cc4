package cn.baishan.enrollment.registration.transparency.usecase;

import cn.baishan.enrollment.registration.transparency.domain.DisputedRecord;
import java.util.Objects;
import java.util.UUID;

/** The owning family disputes one recorded answer; district staff are told through {@code RecordDisputed}. */
public interface FileDisputeUseCase {

    /**
     * @throws ApplicationNotFoundException when the caller does not own the application
     * @throws cn.baishan.enrollment.registration.transparency.domain.InvalidDisputeException when the
     *     query is not one of the application's or the statement is too short or long
     */
    DisputedRecord file(FileDisputeCommand command);

    record FileDisputeCommand(UUID applicationId, String userId, UUID queryId, String statement) {
        public FileDisputeCommand {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** Not the caller's application (or none at all): both look the same from outside. */
    class ApplicationNotFoundException extends RuntimeException {
        public ApplicationNotFoundException(UUID applicationId) {
            super("no application " + applicationId + " for this caller");
        }
    }
}
