package cn.baishan.enrollment.simulator.socialinsurance;

import cn.baishan.enrollment.simulator.population.PopulationFile.SocialInsuranceRecord;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.YearMonth;

/** The contribution history; {@code record} is omitted when the person was never insured. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ContributionQueryResult(String requestId, boolean found, RecordView record) {

    record RecordView(
            String insuredIdNumber,
            String insuredName,
            String employer,
            String districtCode,
            YearMonth firstContributionMonth,
            YearMonth lastContributionMonth,
            int continuousMonths) {}

    static ContributionQueryResult found(String requestId, SocialInsuranceRecord record, String insuredName) {
        return new ContributionQueryResult(
                requestId,
                true,
                new RecordView(
                        record.insuredIdNumber(),
                        insuredName,
                        record.employer(),
                        record.districtCode(),
                        record.firstContributionMonth(),
                        record.lastContributionMonth(),
                        record.continuousMonths()));
    }

    static ContributionQueryResult notFound(String requestId) {
        return new ContributionQueryResult(requestId, false, null);
    }
}
