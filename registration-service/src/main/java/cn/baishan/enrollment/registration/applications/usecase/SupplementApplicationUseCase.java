package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.domain.ApplicationForm.GuardianInput;
import cn.baishan.enrollment.registration.applications.domain.ApplicationForm.PersonInput;
import cn.baishan.enrollment.registration.applications.domain.Claims;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The family answers the one consolidated supplement list (一次性告知) once, then verification re-checks. */
public interface SupplementApplicationUseCase {

    /**
     * Applies the corrected parts to the stored form (absent parts stay as they are; {@code claims}
     * replaces all claims), validates the result like a new form, and records which fields changed.
     */
    Supplemented supplement(SupplementCommand command);

    /**
     * @param child the corrected child, or null to keep it
     * @param guardians the corrected guardians (all of them), or null to keep them
     * @param hukouAddress the corrected hukou address, or null to keep it
     * @param claims the corrected claims (all of them), or null to keep them
     */
    record SupplementCommand(
            UUID applicationId,
            String userId,
            PersonInput child,
            List<GuardianInput> guardians,
            String hukouAddress,
            Claims claims) {

        public SupplementCommand {
            Objects.requireNonNull(applicationId);
            Objects.requireNonNull(userId);
        }
    }

    record Supplemented(Application application, List<String> changedFields) {}
}
