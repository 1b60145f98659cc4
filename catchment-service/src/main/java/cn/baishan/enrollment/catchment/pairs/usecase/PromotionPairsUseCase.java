package cn.baishan.enrollment.catchment.pairs.usecase;

import cn.baishan.enrollment.catchment.imports.ImportRejectedException;
import cn.baishan.enrollment.catchment.imports.RowProblem;
import cn.baishan.enrollment.catchment.pairs.domain.PromotionPair;
import cn.baishan.enrollment.catchment.pairs.domain.PromotionPairRows;
import cn.baishan.enrollment.catchment.pairs.usecase.port.PromotionPairRepository;
import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.usecase.port.SchoolRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Direct-promotion pairs: imported per district (the sheet replaces the district's pairs), public to read. */
@Service
@Transactional
public class PromotionPairsUseCase {

    private final PromotionPairRepository pairs;
    private final SchoolRepository schools;

    PromotionPairsUseCase(PromotionPairRepository pairs, SchoolRepository schools) {
        this.pairs = pairs;
        this.schools = schools;
    }

    /** All or nothing; returns how many pairs the districts in the sheet now have. */
    public int importPairs(List<Map<String, String>> rows, Set<String> allowedDistricts) {
        Map<String, School> byCode =
                schools.all().stream().collect(Collectors.toMap(School::code, Function.identity()));
        PromotionPairRows.Result result = PromotionPairRows.parse(rows, byCode);
        List<RowProblem> problems = new ArrayList<>(result.problems());
        for (int i = 0; i < result.pairs().size(); i++) {
            PromotionPair pair = result.pairs().get(i);
            if (!allowedDistricts.isEmpty() && !allowedDistricts.contains(pair.districtCode())) {
                problems.add(new RowProblem(i + 1, "primarySchoolCode", "own-district", "只能导入本区县的对口直升关系"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        Set<String> districts =
                result.pairs().stream().map(PromotionPair::districtCode).collect(Collectors.toCollection(TreeSet::new));
        pairs.replace(districts, result.pairs());
        return result.pairs().size();
    }

    @Transactional(readOnly = true)
    public List<PromotionPair> list(String districtCode) {
        return pairs.list(districtCode);
    }
}
