package cn.baishan.enrollment.catchment.schools.usecase;

import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.usecase.port.SchoolRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schools are public information (SPEC §6): anyone may read them. */
@Service
@Transactional(readOnly = true)
public class ViewSchoolsQuery {

    private final SchoolRepository schools;

    ViewSchoolsQuery(SchoolRepository schools) {
        this.schools = schools;
    }

    public Optional<School> school(String code) {
        return schools.find(code);
    }

    public List<School> inDistrict(String districtCode) {
        return districtCode == null ? schools.all() : schools.inDistrict(districtCode);
    }
}
