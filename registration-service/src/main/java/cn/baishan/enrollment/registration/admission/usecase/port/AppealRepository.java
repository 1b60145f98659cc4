package cn.baishan.enrollment.registration.admission.usecase.port;

import cn.baishan.enrollment.registration.admission.domain.Appeal;
import java.util.Optional;
import java.util.UUID;

/** Stores appeals, at most one per notice. */
public interface AppealRepository {

    /** False when the notice already has an appeal (two racing filings: the first one wins). */
    boolean insertIfFirstOfNotice(Appeal appeal);

    /** Stores the decision of an appeal already stored. */
    void update(Appeal appeal);

    Optional<Appeal> load(UUID appealId);

    Optional<Appeal> ofNotice(UUID noticeId);
}
