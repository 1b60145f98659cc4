package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.ChineseDates;
import cn.baishan.enrollment.registration.applications.domain.RegistrationWindow;
import cn.baishan.enrollment.registration.applications.domain.Stage;
import cn.baishan.enrollment.registration.applications.usecase.port.RegistrationWindowRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ManagingRegistrationWindows implements RegistrationWindowsUseCase {

    private static final Logger log = LoggerFactory.getLogger(ManagingRegistrationWindows.class);

    private final RegistrationWindowRepository windows;
    private final RegistrationSettings settings;
    private final Clock clock;

    ManagingRegistrationWindows(RegistrationWindowRepository windows, RegistrationSettings settings, Clock clock) {
        this.windows = windows;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public RegistrationWindow set(SetWindowCommand command) {
        var window = new RegistrationWindow(
                command.districtCode(),
                command.enrollmentYear(),
                command.stage(),
                command.opensAt(),
                command.closesAt(),
                true);
        windows.save(window, command.setBy(), clock.instant());
        log.info(
                "registration window {} {} {} set to {} by {}",
                command.districtCode(),
                command.enrollmentYear(),
                command.stage(),
                window.describe(),
                command.setBy());
        return window;
    }

    @Override
    @Transactional(readOnly = true)
    public RegistrationWindow windowFor(String districtCode, int enrollmentYear, Stage stage) {
        return windows.find(districtCode, enrollmentYear, stage)
                .orElseGet(() -> defaultWindow(districtCode, enrollmentYear, stage));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegistrationWindow> windowsFor(String districtCode, int enrollmentYear) {
        return Arrays.stream(Stage.values())
                .map(stage -> windowFor(districtCode, enrollmentYear, stage))
                .toList();
    }

    private RegistrationWindow defaultWindow(String districtCode, int year, Stage stage) {
        var d = settings.defaultWindow();
        LocalDate opens;
        LocalDate closes;
        if (d.openAllYear()) {
            opens = LocalDate.of(year - 1, 1, 1);
            closes = LocalDate.of(year, 12, 31);
        } else {
            opens = RegistrationSettings.monthDay(d.opens(), "opens").atYear(year);
            MonthDay last = RegistrationSettings.monthDay(d.closes(), "closes");
            closes = last.atYear(year);
        }
        return new RegistrationWindow(
                districtCode,
                year,
                stage,
                opens.atStartOfDay(ChineseDates.BEIJING).toInstant(),
                closes.plusDays(1).atStartOfDay(ChineseDates.BEIJING).toInstant(),
                false);
    }
}
