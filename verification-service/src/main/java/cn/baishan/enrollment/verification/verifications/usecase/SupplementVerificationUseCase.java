package cn.baishan.enrollment.verification.verifications.usecase;

import cn.baishan.enrollment.verification.verifications.domain.Declaration;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The family answered the consolidated supplement list: the verification runs again on the corrected
 * declaration, asking again only the departments whose answers the changed fields touch.
 */
public interface SupplementVerificationUseCase {

    /** @return whether the verification was reopened (false: unknown application, or not waiting for a supplement) */
    boolean supplement(SupplementCommand command);

    /** @param changedFields the form's paths that changed ({@code hukouAddress}, {@code claims.property}, …) */
    record SupplementCommand(UUID applicationId, int round, Set<String> changedFields, Declaration declaration) {
        public SupplementCommand {
            Objects.requireNonNull(applicationId);
            Objects.requireNonNull(declaration);
            changedFields = Set.copyOf(changedFields);
        }
    }
}
