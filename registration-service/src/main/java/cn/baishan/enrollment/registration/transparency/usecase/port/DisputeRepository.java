package cn.baishan.enrollment.registration.transparency.usecase.port;

import cn.baishan.enrollment.registration.transparency.domain.Dispute;
import java.util.List;
import java.util.UUID;

/** Stores disputes. */
public interface DisputeRepository {

    void insert(Dispute dispute);

    /** Newest first. */
    List<Dispute> disputesOf(UUID applicationId);
}
