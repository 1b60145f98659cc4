package cn.baishan.enrollment.registration.notifications.adapter.out.persistence;

import cn.baishan.enrollment.registration.notifications.domain.Notification;
import org.mapstruct.Mapper;

/** Notification rows to domain records. */
@Mapper
interface NotificationRowMapper {

    Notification toDomain(NotificationEntity row);
}
