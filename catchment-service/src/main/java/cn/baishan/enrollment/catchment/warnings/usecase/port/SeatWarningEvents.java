package cn.baishan.enrollment.catchment.warnings.usecase.port;

import cn.baishan.enrollment.catchment.warnings.domain.SeatWarning;

public interface SeatWarningEvents {

    void issued(SeatWarning warning);

    void lifted(SeatWarning warning);
}
