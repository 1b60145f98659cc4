package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.RegistrationWindow;
import cn.baishan.enrollment.registration.applications.domain.Stage;
import java.time.Instant;
import java.util.List;

/** Registration windows (报名时间): set by a district's bureau, read by the parent app and by submission. */
public interface RegistrationWindowsUseCase {

    /** Sets (or moves) one window; the caller's district scope is checked by the web adapter. */
    RegistrationWindow set(SetWindowCommand command);

    /** The window in force: the district's, or the configured default. */
    RegistrationWindow windowFor(String districtCode, int enrollmentYear, Stage stage);

    /** Both stages' windows of a district and year. */
    List<RegistrationWindow> windowsFor(String districtCode, int enrollmentYear);

    record SetWindowCommand(
            String districtCode, int enrollmentYear, Stage stage, Instant opensAt, Instant closesAt, String setBy) {}
}
