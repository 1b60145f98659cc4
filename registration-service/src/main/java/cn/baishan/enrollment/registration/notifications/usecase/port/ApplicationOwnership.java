package cn.baishan.enrollment.registration.notifications.usecase.port;

import java.util.List;
import java.util.UUID;

/** Which applications a user owns right now (ownership can move, e.g. when a parent claims one). */
public interface ApplicationOwnership {

    List<UUID> ownedBy(String userId);
}
