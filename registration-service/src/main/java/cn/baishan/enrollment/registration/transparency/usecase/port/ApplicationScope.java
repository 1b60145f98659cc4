package cn.baishan.enrollment.registration.transparency.usecase.port;

import cn.baishan.enrollment.registration.transparency.usecase.Reader;
import java.util.UUID;

/** Asks the applications feature who may see an application and who owns it. */
public interface ApplicationScope {

    boolean mayView(UUID applicationId, Reader reader);

    boolean isOwnedBy(UUID applicationId, String userId);
}
