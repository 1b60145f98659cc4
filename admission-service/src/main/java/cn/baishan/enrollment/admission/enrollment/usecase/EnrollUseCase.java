package cn.baishan.enrollment.admission.enrollment.usecase;

import cn.baishan.enrollment.admission.enrollment.domain.Enrollment;
import java.util.UUID;

/** School staff confirm a child the school admitted. */
public interface EnrollUseCase {

    /**
     * @throws cn.baishan.enrollment.admission.enrollment.domain.EnrollmentRefusedException when the rule refuses it
     * @throws ApplicationUnknownException when admission has never heard of the application
     */
    Enrollment enroll(UUID applicationId, String schoolCode, String actor);

    class ApplicationUnknownException extends RuntimeException {
        public ApplicationUnknownException(UUID applicationId) {
            super("没有该入学申请：" + applicationId);
        }
    }
}
