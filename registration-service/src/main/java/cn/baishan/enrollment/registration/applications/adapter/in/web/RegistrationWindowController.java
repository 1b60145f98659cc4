package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.registration.applications.domain.BaishanDistricts;
import cn.baishan.enrollment.registration.applications.domain.RegistrationWindow;
import cn.baishan.enrollment.registration.applications.domain.Stage;
import cn.baishan.enrollment.registration.applications.usecase.RegistrationWindowsUseCase;
import cn.baishan.enrollment.registration.applications.usecase.RegistrationWindowsUseCase.SetWindowCommand;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registration windows: the district bureau sets its own; every signed-in user of the app reads them. */
@RestController
@RequestMapping("/api/registration/windows")
class RegistrationWindowController {

    private final RegistrationWindowsUseCase windows;

    RegistrationWindowController(RegistrationWindowsUseCase windows) {
        this.windows = windows;
    }

    /**
     * @param source {@code DISTRICT} when the district set it, {@code DEFAULT} for the configured default
     * @param description the window in Chinese, as shown to parents
     */
    record WindowView(
            String districtCode,
            int enrollmentYear,
            String stage,
            Instant opensAt,
            Instant closesAt,
            String source,
            String description) {

        static WindowView of(RegistrationWindow w) {
            return new WindowView(
                    w.districtCode(),
                    w.enrollmentYear(),
                    w.stage().name(),
                    w.opensAt(),
                    w.closesAt(),
                    w.districtSet() ? "DISTRICT" : "DEFAULT",
                    w.describe());
        }
    }

    @PutMapping("/{districtCode}/{year}/{stage}")
    WindowView set(
            Caller caller,
            @PathVariable String districtCode,
            @PathVariable int year,
            @PathVariable Stage stage,
            @Valid @RequestBody WindowRequest request) {
        requireDistrict(districtCode);
        if (!caller.has(Role.DISTRICT_ADMIN) || !districtCode.equals(caller.districtCode())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有本县（市、区）教育局可以设置本地的报名时间。");
        }
        return WindowView.of(windows.set(new SetWindowCommand(
                districtCode, year, stage, request.opensAt(), request.closesAt(), caller.subject())));
    }

    @GetMapping("/{districtCode}/{year}")
    List<WindowView> list(@PathVariable String districtCode, @PathVariable int year) {
        requireDistrict(districtCode);
        return windows.windowsFor(districtCode, year).stream()
                .map(WindowView::of)
                .toList();
    }

    @GetMapping("/{districtCode}/{year}/{stage}")
    WindowView get(@PathVariable String districtCode, @PathVariable int year, @PathVariable Stage stage) {
        requireDistrict(districtCode);
        return WindowView.of(windows.windowFor(districtCode, year, stage));
    }

    private static void requireDistrict(String districtCode) {
        if (!BaishanDistricts.contains(districtCode)) {
            throw new ProblemException(
                    HttpStatus.NOT_FOUND, "district-not-found", "未找到县（市、区）", "没有该县（市、区）代码：" + districtCode);
        }
    }
}
