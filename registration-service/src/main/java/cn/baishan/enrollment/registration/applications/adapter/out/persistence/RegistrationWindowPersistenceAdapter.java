package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import cn.baishan.enrollment.registration.applications.domain.RegistrationWindow;
import cn.baishan.enrollment.registration.applications.domain.Stage;
import cn.baishan.enrollment.registration.applications.usecase.port.RegistrationWindowRepository;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class RegistrationWindowPersistenceAdapter implements RegistrationWindowRepository {

    private final RegistrationWindowJpaRepository rows;

    RegistrationWindowPersistenceAdapter(RegistrationWindowJpaRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<RegistrationWindow> find(String districtCode, int enrollmentYear, Stage stage) {
        return rows.findById(new RegistrationWindowEntity.Key(districtCode, enrollmentYear, stage.name()))
                .map(row ->
                        new RegistrationWindow(districtCode, enrollmentYear, stage, row.opensAt, row.closesAt, true));
    }

    @Override
    public void save(RegistrationWindow window, String setBy, Instant at) {
        var key = new RegistrationWindowEntity.Key(
                window.districtCode(), window.enrollmentYear(), window.stage().name());
        RegistrationWindowEntity row = rows.findById(key).orElseGet(() -> {
            var fresh = new RegistrationWindowEntity();
            fresh.key = key;
            return fresh;
        });
        row.opensAt = window.opensAt();
        row.closesAt = window.closesAt();
        row.setBy = setBy;
        row.setAt = at;
        rows.save(row);
    }
}
