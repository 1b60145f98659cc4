package cn.baishan.enrollment.verification.verifications.adapter.in.web;

import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.platform.problem.ProblemResponses;
import cn.baishan.enrollment.platform.security.Caller;
import cn.baishan.enrollment.platform.security.Role;
import cn.baishan.enrollment.verification.verifications.domain.Categories;
import cn.baishan.enrollment.verification.verifications.domain.Check;
import cn.baishan.enrollment.verification.verifications.domain.Masking;
import cn.baishan.enrollment.verification.verifications.domain.ReviewReason;
import cn.baishan.enrollment.verification.verifications.domain.TierRules;
import cn.baishan.enrollment.verification.verifications.domain.Verification;
import cn.baishan.enrollment.verification.verifications.usecase.ReviewVerificationsUseCase;
import cn.baishan.enrollment.verification.verifications.usecase.TierRulesSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** District staff's manual-review queue; ID numbers are shown masked here too. */
@RestController
class ReviewController {

    private static final Set<String> CATEGORIES = Set.of(
            Categories.PREFERENTIAL_GROUP,
            Categories.HUKOU_AND_PROPERTY,
            Categories.PROPERTY_ONLY,
            Categories.HUKOU_ONLY,
            Categories.MIGRANT_PERMIT_INSURANCE,
            Categories.OUTSIDE_ZONES);

    private final ReviewVerificationsUseCase reviews;
    private final TierRulesSettings tierRules;

    ReviewController(ReviewVerificationsUseCase reviews, TierRulesSettings tierRules) {
        this.reviews = reviews;
        this.tierRules = tierRules;
    }

    @GetMapping("/api/verification/reviews")
    List<ReviewView> queue(Caller caller) {
        return reviews.queue(scope(caller)).stream().map(this::view).toList();
    }

    @PostMapping("/api/verification/reviews/{id}/decision")
    ReviewView decide(Caller caller, @PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
        // a preferential-policy check confirms a fact; the district's tiers give the category, not staff
        boolean categoryNeeded = reviews.reasonOf(id, scope(caller)) != ReviewReason.PREFERENTIAL_GROUP;
        if (request.approve() && categoryNeeded && !CATEGORIES.contains(request.category())) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "信息填写有误",
                    "核验通过须选择入学类别：" + String.join("、", CATEGORIES),
                    List.of(new cn.baishan.enrollment.platform.problem.FieldViolation(
                            "category", "known-category", "入学类别不正确")));
        }
        return view(reviews.decide(
                id, request.approve(), request.category(), request.reason(), caller.username(), scope(caller)));
    }

    @ExceptionHandler(ReviewVerificationsUseCase.NotInQueueException.class)
    ResponseEntity<ProblemDetail> notInQueue() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(
                        HttpStatus.NOT_FOUND, "review-not-found", "未找到待核验事项", "待人工核验的队列中没有该事项。", List.of()));
    }

    /** District staff see their district's queue; city staff all; nobody else. */
    private static Set<String> scope(Caller caller) {
        if (caller.has(Role.CITY_ADMIN)) {
            return Set.of();
        }
        if (caller.has(Role.DISTRICT_ADMIN) && caller.districtCode() != null) {
            return Set.of(caller.districtCode());
        }
        throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "只有区县、市教育局可以进行人工核验。");
    }

    private ReviewView view(Verification v) {
        return ReviewView.of(v, why(v, tierRules.forDistrict(v.subject().districtCode())));
    }

    /** Why the case waits for staff; for a preferential group, what the district published for it. */
    private static String why(Verification v, TierRules rules) {
        if (v.reviewReason() == null) {
            return null;
        }
        String group = v.subject().claims().preferentialGroup();
        return switch (v.reviewReason()) {
            case DOCUMENT -> "证件类型为 " + v.subject().child().idType() + "，无法与部门数据自动比对";
            case DEPARTMENT_DOWN -> "部门数据长时间无法获取，转人工核验（仍在自动重试）";
            case PREFERENTIAL_GROUP ->
                "申报政策性照顾对象 " + group + "（申报依据：" + v.subject().claims().preferentialBasis() + "）；"
                        + rules.policyOf(group)
                                .map(p -> "本区县公布：" + p.name() + "，依据" + p.basisDocument() + "，范围：" + p.scope()
                                        + "。请核验证明材料；确认后按区县公布的顺位确定类别")
                                .orElse("该群体不在本区县公布的教育优待范围内，请核实后决定（不应确认）");
        };
    }

    record DecisionRequest(@NotNull Boolean approve, String category, @NotBlank String reason) {}

    record ReviewView(
            UUID verificationId,
            UUID applicationId,
            String districtCode,
            String status,
            String reason,
            String why,
            String childName,
            String childIdType,
            String childIdMasked,
            Instant openedAt,
            Instant escalatedAt,
            List<Check> checks,
            String verdict,
            String category,
            String decidedBy) {

        static ReviewView of(Verification v, String why) {
            var child = v.subject().child();
            return new ReviewView(
                    v.id(),
                    v.applicationId(),
                    v.subject().districtCode(),
                    v.status().name(),
                    v.reviewReason() == null ? null : v.reviewReason().name(),
                    why,
                    child.name(),
                    child.idType(),
                    Masking.idNumber(child.idNumber()),
                    v.openedAt(),
                    v.escalatedAt(),
                    v.checks(),
                    v.verdict() == null ? null : v.verdict().name(),
                    v.category(),
                    v.decidedBy());
        }
    }
}
