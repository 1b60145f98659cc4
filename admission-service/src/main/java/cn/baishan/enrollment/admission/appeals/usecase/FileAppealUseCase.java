package cn.baishan.enrollment.admission.appeals.usecase;

import java.util.UUID;

/** Registration accepted a family's appeal; admission opens the case for district staff. */
public interface FileAppealUseCase {

    /** @return false when ignored: no published admission for the application, or the appeal is known already */
    boolean file(UUID appealId, UUID applicationId, UUID runId, String statement);
}
