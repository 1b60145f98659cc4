package cn.baishan.enrollment.registration.transparency.domain;

import java.util.Objects;

/** A dispute together with the recorded answer it disputes: the evidence district staff look at. */
public record DisputedRecord(Dispute dispute, DepartmentQuery query) {

    public DisputedRecord {
        Objects.requireNonNull(dispute);
        Objects.requireNonNull(query);
        if (!dispute.queryId().equals(query.queryId())) {
            throw new IllegalArgumentException("a dispute is shown with the query it disputes");
        }
    }
}
