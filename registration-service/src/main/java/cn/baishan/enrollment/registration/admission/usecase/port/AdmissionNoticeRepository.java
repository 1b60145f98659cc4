package cn.baishan.enrollment.registration.admission.usecase.port;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import java.util.Optional;
import java.util.UUID;

/** Every notice issued, kept as history; the current one is the latest issued. */
public interface AdmissionNoticeRepository {

    /** True when inserted; false when this notice (event) is already stored. */
    boolean insertIfAbsent(AdmissionNotice notice);

    Optional<AdmissionNotice> current(UUID applicationId);
}
