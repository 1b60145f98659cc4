package cn.baishan.enrollment.admission.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import org.springframework.http.HttpStatus;

/**
 * Who may act on a district's admission data, the platform's convention: the city bureau everywhere, a district
 * bureau in its own district. Another district's write is refused (403); another district's single thing is not
 * shown to exist (404); anyone else (a parent, a school) is refused (403).
 */
public final class StaffScope {

    private StaffScope() {}

    public static void requireWriter(Caller caller, String districtCode) {
        if (caller.has(Role.CITY_ADMIN)) {
            return;
        }
        if (caller.has(Role.DISTRICT_ADMIN) && districtCode.equals(caller.districtCode())) {
            return;
        }
        if (caller.has(Role.DISTRICT_ADMIN)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "区县教育局只能办理本区县的招生事项。");
        }
        throw forbidden();
    }

    /** Reads of one thing of a district; {@code notFound} is what a district admin of another district gets. */
    public static void requireReader(Caller caller, String districtCode, ProblemException notFound) {
        if (caller.has(Role.CITY_ADMIN) || caller.has(Role.INSPECTOR)) {
            return;
        }
        if (caller.has(Role.DISTRICT_ADMIN) && districtCode.equals(caller.districtCode())) {
            return;
        }
        if (caller.has(Role.DISTRICT_ADMIN)) {
            throw notFound;
        }
        throw forbidden();
    }

    /** Lists: the city sees every district (or the one asked for), a district admin only its own. */
    public static String listedDistrict(Caller caller, String requested) {
        if (caller.has(Role.CITY_ADMIN) || caller.has(Role.INSPECTOR)) {
            return requested;
        }
        if (caller.has(Role.DISTRICT_ADMIN) && caller.districtCode() != null) {
            if (requested != null && !requested.equals(caller.districtCode())) {
                throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "区县教育局只能查看本区县的招生事项。");
            }
            return caller.districtCode();
        }
        throw forbidden();
    }

    public static ProblemException forbidden() {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "当前账号无权进行此操作。");
    }
}
