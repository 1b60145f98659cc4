package cn.baishan.enrollment.registration.notifications.domain;

import java.util.Map;

/**
 * Turns an application step into the words a parent reads: no codes where a word exists, and
 * always what happens next.
 */
public final class NotificationTexts {

    static final Map<String, String> STAGES = Map.of("PRIMARY_GRADE_1", "小学一年级", "JUNIOR_GRADE_7", "初中七年级");

    static final Map<String, String> DISTRICTS = Map.of(
            "220602", "浑江区",
            "220605", "江源区",
            "220621", "抚松县",
            "220622", "靖宇县",
            "220623", "长白朝鲜族自治县",
            "220681", "临江市",
            "220600", "市直");

    static final Map<String, String> CATEGORIES = Map.of(
            "PREFERENTIAL_GROUP", "政策性照顾对象（经区县教育局核验）",
            "HUKOU_AND_PROPERTY", "户房一致（户籍与房产均在学区内）",
            "PROPERTY_ONLY", "学区内有房产（户籍不在学区）",
            "HUKOU_ONLY", "有户籍无房产",
            "MIGRANT_PERMIT_INSURANCE", "随迁子女（居住证与社保）",
            "OUTSIDE_ZONES", "不在任何学区范围内（由区县教育局统筹安排学位）");

    static final Map<String, String> DEPARTMENTS = Map.of(
            "HOUSEHOLD_REGISTRATION", "公安机关（户籍）",
            "REAL_ESTATE", "自然资源部门（不动产登记）",
            "RESIDENCE_PERMIT", "公安机关（居住证）",
            "SOCIAL_INSURANCE", "人力资源和社会保障部门（社保）");

    private NotificationTexts() {}

    public static NotificationText of(ApplicationStep step) {
        // Java 17: no pattern switch yet, so an instanceof chain over the sealed steps
        if (step instanceof ApplicationStep.Submitted s) {
            return new NotificationText(
                    NotificationKind.SUBMITTED.name(),
                    "提交成功",
                    "%s的%s入学申请已提交成功（%s，%d年）。平台将自动向相关部门核验，核验结果会在这里通知您，无需另交纸质材料。"
                            .formatted(
                                    s.childName() == null || s.childName().isBlank() ? "孩子" : s.childName(),
                                    word(STAGES, s.stage()),
                                    word(DISTRICTS, s.districtCode()),
                                    s.enrollmentYear()));
        }
        if (step instanceof ApplicationStep.VerificationStarted) {
            return new NotificationText(
                    NotificationKind.VERIFYING.name(), "正在核验", "正在与户籍、不动产等部门数据自动比对，请耐心等待，结果会在这里通知您。");
        }
        if (step instanceof ApplicationStep.Verified v) {
            return verified(v);
        }
        if (step instanceof ApplicationStep.NeedsSupplement n) {
            return new NotificationText(
                    NotificationKind.NEEDS_SUPPLEMENT.name(),
                    "需要补充材料",
                    "核验发现有 %d 项需要补充或更正，请在申请详情中查看补充清单，一次性补齐后重新提交。".formatted(n.itemCount()));
        }
        if (step instanceof ApplicationStep.Supplemented s) {
            return new NotificationText(
                    NotificationKind.SUPPLEMENTED.name(),
                    "补充材料已提交",
                    "第 %d 次补充已提交（修改了 %d 项信息），平台将重新核验，结果会在这里通知您。".formatted(s.round(), s.changedFieldCount()));
        }
        if (step instanceof ApplicationStep.VerificationReopened r) {
            return new NotificationText(
                    NotificationKind.VERIFICATION_REOPENED.name(), "重新核验", "您的申请正在重新核验：" + reason(r) + "。核验完成后会再通知您。");
        }
        if (step instanceof ApplicationStep.DisputeFiled d) {
            return new NotificationText(
                    NotificationKind.DISPUTE_FILED.name(),
                    "异议已提交",
                    "异议已提交，区县教育局将核实。您对%s答复的异议和相关查询记录已转交区县教育局，核实结果会在这里通知您。"
                            .formatted(word(DEPARTMENTS, d.department())));
        }
        throw new IllegalArgumentException("no wording for " + step);
    }

    private static NotificationText verified(ApplicationStep.Verified v) {
        StringBuilder body = new StringBuilder("核验通过。入学类别：").append(word(CATEGORIES, v.category()));
        if (v.zoneCode() != null && !v.zoneCode().isBlank()) {
            body.append("；所属学区：").append(v.zoneCode());
        } else if (!"OUTSIDE_ZONES".equals(v.category())) {
            body.append("；所属学区待区县教育局确认");
        }
        body.append("。");
        if (v.flags().contains("WARNING_PERIOD_ARRIVAL")) {
            body.append("因在学位预警期间迁入，将由区县教育局统筹安排学位。");
        }
        return new NotificationText(NotificationKind.VERIFIED.name(), "核验通过", body.toString());
    }

    private static String reason(ApplicationStep.VerificationReopened r) {
        if (r.reason() != null && !r.reason().isBlank()) {
            return r.reason().strip().replaceAll("[。.]+$", "");
        }
        return switch (r.trigger() == null ? "" : r.trigger()) {
            case "CHANGE_NOTICE" -> (r.department() == null ? "相关部门" : word(DEPARTMENTS, r.department())) + "推送了信息变更";
            case "SUPPLEMENT" -> "您补充了材料";
            case "DISPUTE" -> "您的异议经核实需要重新比对";
            default -> "相关信息发生变化";
        };
    }

    /** The Chinese word for a code; an unknown code is shown as it is rather than hidden. */
    private static String word(Map<String, String> words, String code) {
        if (code == null) {
            return "未知";
        }
        return words.getOrDefault(code, code);
    }
}
