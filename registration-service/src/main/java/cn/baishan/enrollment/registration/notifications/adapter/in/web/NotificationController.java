package cn.baishan.enrollment.registration.notifications.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.registration.notifications.usecase.MarkNotificationReadUseCase;
import cn.baishan.enrollment.registration.notifications.usecase.ViewNotificationsQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The family's inbox: notifications of the applications the caller owns, nobody else's. */
// no class-level @Validated: Spring MVC validates the parameters itself and answers a 400 naming them
@RestController
@RequestMapping("/api/registration/notifications")
class NotificationController {

    private final ViewNotificationsQuery view;
    private final MarkNotificationReadUseCase markRead;
    private final NotificationViewMapper mapper;

    NotificationController(
            ViewNotificationsQuery view, MarkNotificationReadUseCase markRead, NotificationViewMapper mapper) {
        this.view = view;
        this.markRead = markRead;
        this.mapper = mapper;
    }

    @GetMapping
    NotificationView.PageView list(
            Caller caller,
            @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "页码不能小于0") int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "每页至少1条")
                    @Max(value = 100, message = "每页最多100条")
                    int size) {
        return mapper.toView(view.page(caller.subject(), unreadOnly, page, size));
    }

    @GetMapping("/unread-count")
    NotificationView.UnreadCountView unreadCount(Caller caller) {
        return new NotificationView.UnreadCountView(view.unreadCount(caller.subject()));
    }

    /** Marks it read (again is fine); another family's notification is "not found". */
    @PostMapping("/{id}/read")
    NotificationView read(Caller caller, @PathVariable UUID id) {
        return markRead.markRead(caller.subject(), id)
                .map(mapper::toView)
                .orElseThrow(() ->
                        new ProblemException(HttpStatus.NOT_FOUND, "notification-not-found", "未找到消息", "没有找到该条消息。"));
    }
}
