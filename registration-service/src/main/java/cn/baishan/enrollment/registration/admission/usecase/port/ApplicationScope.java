package cn.baishan.enrollment.registration.admission.usecase.port;

import cn.baishan.enrollment.registration.admission.usecase.Reader;
import java.util.UUID;

/** Asks the applications feature who may see an application and who owns it now. */
public interface ApplicationScope {

    boolean mayView(UUID applicationId, Reader reader);

    boolean isOwnedBy(UUID applicationId, String userId);
}
