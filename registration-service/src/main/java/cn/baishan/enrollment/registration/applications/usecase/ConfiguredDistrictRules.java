package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.DistrictRules;
import org.springframework.stereotype.Service;

@Service
class ConfiguredDistrictRules implements DistrictRulesQuery {

    private final RegistrationSettings settings;

    ConfiguredDistrictRules(RegistrationSettings settings) {
        this.settings = settings;
    }

    @Override
    public DistrictRules rulesFor(String districtCode) {
        return settings.rulesFor(districtCode);
    }
}
