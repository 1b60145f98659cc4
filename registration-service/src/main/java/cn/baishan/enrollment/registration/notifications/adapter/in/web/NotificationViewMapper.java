package cn.baishan.enrollment.registration.notifications.adapter.in.web;

import cn.baishan.enrollment.registration.notifications.domain.Notification;
import cn.baishan.enrollment.registration.notifications.domain.NotificationPage;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain to API view. */
@Mapper
interface NotificationViewMapper {

    @Mapping(target = "read", expression = "java(notification.isRead())")
    NotificationView toView(Notification notification);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    NotificationView.PageView toView(NotificationPage page);
}
