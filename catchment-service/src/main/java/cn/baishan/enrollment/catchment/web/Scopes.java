package cn.baishan.enrollment.catchment.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import java.util.Set;
import org.springframework.http.HttpStatus;

/** Who may change catchment data: the city bureau everywhere, a district bureau in its own district. */
public final class Scopes {

    private Scopes() {}

    /** The districts the caller may change; empty = all. Anyone else is refused with 403. */
    public static Set<String> editableDistricts(Caller caller) {
        if (caller.has(Role.CITY_ADMIN)) {
            return Set.of();
        }
        if (caller.has(Role.DISTRICT_ADMIN) && caller.districtCode() != null) {
            return Set.of(caller.districtCode());
        }
        throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有市、县教育局可以维护学校与片区数据。");
    }
}
