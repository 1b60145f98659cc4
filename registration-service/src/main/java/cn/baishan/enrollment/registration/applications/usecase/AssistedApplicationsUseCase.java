package cn.baishan.enrollment.registration.applications.usecase;

import cn.baishan.enrollment.registration.applications.domain.Application;
import cn.baishan.enrollment.registration.applications.usecase.port.ApplicationRepository.AssistedApplication;
import java.util.List;

/** Applications collection-point staff submitted for parents (线下采集网点代为提交). */
public interface AssistedApplicationsUseCase {

    /**
     * The parent takes over an assisted application with the printed code and the child's ID number.
     * Either wrong → {@link ApplicationNotFoundException}, never saying which.
     */
    Application claim(String userId, String claimCode, String childIdNumber);

    /** The district's assisted applications, for its collection-point staff. */
    List<AssistedApplication> listForDistrict(String districtCode);
}
