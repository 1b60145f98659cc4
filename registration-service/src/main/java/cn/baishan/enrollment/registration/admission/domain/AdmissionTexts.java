package cn.baishan.enrollment.registration.admission.domain;

import java.time.LocalDate;
import java.util.Map;

/** How admission results are worded for the family, in plain Chinese. */
public final class AdmissionTexts {

    /** What a notification says. */
    public record Wording(String kind, String title, String body) {}

    public static final String NOTICE_KIND = "ADMISSION_NOTICE";
    public static final String DECISION_KIND = "APPEAL_DECIDED";
    public static final String FILED_KIND = "APPEAL_FILED";

    /** The inbox's limit for a title. */
    public static final int MAX_TITLE = 100;

    private static final Map<String, String> OUTCOMES = Map.of(
            AdmissionNotice.ADMITTED, "已录取",
            AdmissionNotice.SPECIAL_SCHOOL, "特殊教育学校安置",
            AdmissionNotice.HOME_TEACHING, "送教上门",
            AdmissionNotice.UNPLACED, "暂未安排学位");

    private static final Map<String, String> ROUTES = Map.of(
            "DISABILITY", "残疾儿童少年安置",
            "DIRECT_PROMOTION", "对口直升",
            "IN_ZONE", "学区内派位",
            "SIBLING", "兄弟姐妹同校",
            "OVERFLOW", "统筹安排",
            "APPEAL", "申诉复核后调整");

    private AdmissionTexts() {}

    public static String outcomeLabel(String outcome) {
        return outcome == null ? null : OUTCOMES.getOrDefault(outcome, outcome);
    }

    public static String routeLabel(String route) {
        return route == null ? null : ROUTES.getOrDefault(route, route);
    }

    /**
     * 录取通知 for a seat reached the ordinary way (or after an appeal), 统筹安排通知 for an overflow seat
     * or no seat yet, 特殊教育安置通知 for every placement of the disability route.
     */
    public static Wording notice(AdmissionNotice notice) {
        String school = notice.schoolName() != null ? notice.schoolName() : notice.schoolCode();
        String title;
        String result;
        if (AdmissionNotice.SPECIAL_SCHOOL.equals(notice.outcome())) {
            title = "特殊教育安置通知";
            result = "经专家委员会评估，安置到特殊教育学校" + school + "。";
        } else if (AdmissionNotice.HOME_TEACHING.equals(notice.outcome())) {
            title = "特殊教育安置通知";
            result = "经专家委员会评估，安排送教上门，学校将与您联系。";
        } else if (AdmissionNotice.UNPLACED.equals(notice.outcome())) {
            title = "统筹安排通知";
            result = "本次分配暂未安排学位，区县教育局将统筹安排并与您联系。";
        } else if ("DISABILITY".equals(notice.route())) {
            title = "特殊教育安置通知：" + school;
            result = "安排到" + school + "随班就读。";
        } else if ("OVERFLOW".equals(notice.route())) {
            title = "统筹安排通知：" + school;
            result = "学区内学位已满，统筹安排到" + school + "。";
        } else {
            title = "录取通知：" + school;
            result = ("APPEAL".equals(notice.route()) ? "根据申诉复核结果，" : "") + "已被" + school + "录取（"
                    + routeLabel(notice.route()) + "）。";
        }
        Explanation why = notice.explanation();
        StringBuilder body = new StringBuilder()
                .append(notice.enrollmentYear())
                .append("年入学分配结果：")
                .append(result)
                .append("公示编号")
                .append(notice.publicId())
                .append("；顺位：第")
                .append(why.tierRank())
                .append("顺位");
        if (why.tierName() != null && !why.tierName().isBlank()) {
            body.append("（").append(why.tierName()).append("）");
        }
        body.append("；摇号序号").append(why.lotteryRank()).append("。");
        if (why.reason() != null && !why.reason().isBlank()) {
            body.append(why.reason().strip());
            if (!why.reason().strip().endsWith("。")) {
                body.append("。");
            }
        }
        body.append(appealSentence(notice.appealDeadline()));
        return new Wording(NOTICE_KIND, fitTitle(title), body.toString());
    }

    /** 申诉已提交: the confirmation, with what the family wrote. */
    public static Wording filed(Appeal appeal) {
        return new Wording(FILED_KIND, "申诉已提交", "您对录取结果的申诉已提交，区县教育局将复核，结果会在这里通知您。申诉理由：" + appeal.statement());
    }

    /** 申诉结果: upheld or not, and the recorded reason. */
    public static Wording decision(Appeal appeal) {
        AppealDecision decision = appeal.decision();
        String body;
        if (decision.outcome() == AppealStatus.UPHELD) {
            body = "您的申诉经区县教育局复核，申诉成立。理由：" + decision.reason().strip()
                    + (decision.schoolCode() != null ? "。调整后的录取通知将另行发送，请留意。" : "。录取结果不变。");
        } else {
            body = "您的申诉经区县教育局复核，申诉不成立，维持原录取结果。理由：" + decision.reason().strip() + "。";
        }
        return new Wording(DECISION_KIND, "申诉结果", body.replace("。。", "。"));
    }

    /** A school name at the limit of its column would not fit behind the prefix: cut rather than refuse. */
    private static String fitTitle(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

    private static String appealSentence(LocalDate deadline) {
        if (deadline == null) {
            return "";
        }
        return "如对结果有异议，可在" + deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth()
                + "日（含）前提出申诉。";
    }
}
