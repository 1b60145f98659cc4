package cn.baishan.enrollment.simulator.residencepermit;

import cn.baishan.enrollment.simulator.population.PopulationFile.ResidencePermit;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** The permit as issued, expired or not: judging validity on a given day is the caller's job. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PermitQueryResult(String requestId, boolean found, PermitView permit) {

    record PermitView(
            String permitNumber,
            String holderIdNumber,
            String holderName,
            String addressText,
            String districtCode,
            LocalDate issueDate,
            LocalDate expiryDate) {}

    static PermitQueryResult found(String requestId, ResidencePermit permit, String holderName) {
        return new PermitQueryResult(
                requestId,
                true,
                new PermitView(
                        permit.permitNumber(),
                        permit.holderIdNumber(),
                        holderName,
                        permit.addressText(),
                        permit.districtCode(),
                        permit.issueDate(),
                        permit.expiryDate()));
    }

    static PermitQueryResult notFound(String requestId) {
        return new PermitQueryResult(requestId, false, null);
    }
}
