package cn.baishan.enrollment.admission.appeals.usecase;

import cn.baishan.enrollment.admission.appeals.domain.Appeal;
import cn.baishan.enrollment.admission.appeals.domain.AppealStatus;
import java.util.List;

public interface AppealsQuery {

    List<Appeal> list(String districtCode, AppealStatus status);
}
