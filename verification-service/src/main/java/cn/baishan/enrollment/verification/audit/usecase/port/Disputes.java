package cn.baishan.enrollment.verification.audit.usecase.port;

import cn.baishan.enrollment.verification.audit.domain.Dispute;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Stored disputes. */
public interface Disputes {

    /** @return false when a dispute with this id is already stored (a redelivered event) */
    boolean insertIfAbsent(Dispute dispute);

    Optional<Dispute> load(UUID id);

    void update(Dispute dispute);

    /** Open disputes, oldest first; {@code districts} empty means every district. */
    List<Dispute> open(Set<String> districts);
}
