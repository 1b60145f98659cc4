package cn.baishan.enrollment.catchment.warnings.usecase.port;

import cn.baishan.enrollment.catchment.warnings.domain.SeatWarning;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface SeatWarningRepository {

    void save(SeatWarning warning);

    Optional<SeatWarning> load(UUID id);

    /** All warnings, newest announcement first; optionally of one district. */
    List<SeatWarning> list(String districtCode);
}
