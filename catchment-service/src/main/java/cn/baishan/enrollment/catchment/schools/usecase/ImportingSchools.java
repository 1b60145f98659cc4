package cn.baishan.enrollment.catchment.schools.usecase;

import cn.baishan.enrollment.catchment.imports.ImportRejectedException;
import cn.baishan.enrollment.catchment.imports.RowProblem;
import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.domain.SchoolRows;
import cn.baishan.enrollment.catchment.schools.usecase.port.SchoolRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ImportingSchools implements ImportSchoolsUseCase {

    private final SchoolRepository schools;

    ImportingSchools(SchoolRepository schools) {
        this.schools = schools;
    }

    @Override
    @Transactional
    public int importSchools(List<Map<String, String>> rows, Set<String> allowedDistricts) {
        SchoolRows.Result result = SchoolRows.parse(rows);
        if (!result.ok()) {
            throw new ImportRejectedException(result.problems());
        }
        List<RowProblem> outOfScope = new ArrayList<>();
        for (int i = 0; i < result.schools().size(); i++) {
            School school = result.schools().get(i);
            if (!allowedDistricts.isEmpty() && !allowedDistricts.contains(school.districtCode())) {
                outOfScope.add(new RowProblem(i + 1, "districtCode", "own-district", "只能导入本区县的学校"));
            }
        }
        if (!outOfScope.isEmpty()) {
            throw new ImportRejectedException(outOfScope);
        }
        schools.saveAll(result.schools());
        return result.schools().size();
    }
}
