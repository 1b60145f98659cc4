package cn.baishan.enrollment.admission.appeals.usecase.port;

import cn.baishan.enrollment.admission.appeals.domain.Appeal;

public interface AppealEvents {

    void decided(Appeal appeal);
}
