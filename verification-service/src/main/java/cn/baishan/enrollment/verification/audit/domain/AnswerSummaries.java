package cn.baishan.enrollment.verification.audit.domain;

import cn.baishan.enrollment.verification.verifications.domain.HouseholdRecord;
import cn.baishan.enrollment.verification.verifications.domain.InsuranceRecord;
import cn.baishan.enrollment.verification.verifications.domain.PermitRecord;
import cn.baishan.enrollment.verification.verifications.domain.PropertyRecord;
import java.util.List;

/**
 * The one-line, masked account of an answer that the family, inspectors and partners read: addresses
 * down to the street only, no ID, household, certificate or permit number beyond what {@code Masking}
 * leaves.
 */
public final class AnswerSummaries {

    private static final List<String> STREET_LEVEL = List.of("街道", "镇", "乡");

    private AnswerSummaries() {}

    public static String household(HouseholdRecord r) {
        return "户籍在册：" + address(r.addressText()) + (r.moveInDate() == null ? "" : "，迁入日期 " + r.moveInDate());
    }

    public static String householdNotFound() {
        return "未查到户籍登记";
    }

    /** Only the properties this person owns (the department was asked about several guardians at once). */
    public static String properties(List<PropertyRecord> owned) {
        if (owned.isEmpty()) {
            return propertiesNotFound();
        }
        StringBuilder s = new StringBuilder("名下不动产 ").append(owned.size()).append(" 处：");
        for (int i = 0; i < owned.size(); i++) {
            PropertyRecord p = owned.get(i);
            if (i > 0) {
                s.append("；");
            }
            s.append(address(p.addressText()))
                    .append("（")
                    .append(p.residential() ? "住宅" : "非住宅")
                    .append(p.registrationDate() == null ? "" : "，" + p.registrationDate() + " 登记")
                    .append("）");
        }
        return s.toString();
    }

    public static String propertiesNotFound() {
        return "名下无不动产登记";
    }

    public static String permit(PermitRecord p) {
        return "居住证：" + address(p.addressText()) + "，有效期 " + p.issueDate() + " 至 "
                + (p.expiryDate() == null ? "长期" : p.expiryDate().toString());
    }

    public static String permitNotFound() {
        return "未查到居住证";
    }

    public static String insurance(InsuranceRecord r) {
        return "社保连续缴纳 " + r.continuousMonths() + " 个月"
                + (r.lastContributionMonth() == null ? "" : "，最近缴费 " + r.lastContributionMonth());
    }

    public static String insuranceNotFound() {
        return "未查到社保缴纳记录";
    }

    public static String unavailable() {
        return "部门系统未答复或暂不可用（超时、故障、熔断或限流），稍后自动重试";
    }

    /** 吉林省白山市浑江区红旗街道东兴社区春城小区3栋… → 吉林省白山市浑江区红旗街道***. */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return "（无地址）";
        }
        int keep = -1;
        for (String marker : STREET_LEVEL) {
            int at = address.indexOf(marker);
            if (at >= 0 && (keep < 0 || at + marker.length() < keep)) {
                keep = at + marker.length();
            }
        }
        if (keep < 0) {
            // no street named: province, city and county are at most the first nine characters
            keep = Math.min(9, address.length());
        }
        return keep >= address.length() ? address : address.substring(0, keep) + "***";
    }
}
