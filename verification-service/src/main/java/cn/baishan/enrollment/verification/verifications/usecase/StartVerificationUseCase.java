package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.Subject;
import java.util.Objects;
import java.util.UUID;

public interface StartVerificationUseCase {

    /** Opens a verification for a submitted application; a second call for the same application is a no-op. */
    void start(StartVerificationCommand command);

    /** @param correlationId the request that submitted the application, if known */
    record StartVerificationCommand(UUID applicationId, Subject subject, String correlationId) {
        public StartVerificationCommand {
            Objects.requireNonNull(applicationId);
            Objects.requireNonNull(subject);
        }
    }
}
