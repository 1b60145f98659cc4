package cn.baishan.enrollment.registration.applications.usecase.port;

import cn.baishan.enrollment.registration.applications.domain.Application;
import java.util.List;

/** Announces what happened to applications; must be called inside the transaction of the change. */
public interface ApplicationEvents {

    void submitted(Application application);

    /** The family answered the supplement list; {@code changedFields} are the form's paths. */
    void supplemented(Application application, List<String> changedFields);
}
