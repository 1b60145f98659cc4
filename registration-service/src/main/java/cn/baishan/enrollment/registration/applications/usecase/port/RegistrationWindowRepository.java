package cn.baishan.enrollment.registration.applications.usecase.port;

import cn.baishan.enrollment.registration.applications.domain.RegistrationWindow;
import cn.baishan.enrollment.registration.applications.domain.Stage;
import java.time.Instant;
import java.util.Optional;

/** Stores the windows districts set. */
public interface RegistrationWindowRepository {

    Optional<RegistrationWindow> find(String districtCode, int enrollmentYear, Stage stage);

    /** Inserts or replaces the window of its district, year and stage. */
    void save(RegistrationWindow window, String setBy, Instant at);
}
