package cn.baishan.enrollment.catchment.guides.domain;

import cn.baishan.enrollment.catchment.zones.domain.PlanTransitionException;
import java.time.Instant;
import java.util.List;

/**
 * What a district tells families before registration for one enrollment year (招生入学公告要点):
 * the admission conditions in plain language, the timeline, and the consultation hotline. Shown on
 * every school page of the district.
 */
public record EnrollmentGuide(
        String districtCode,
        int enrollmentYear,
        String conditions,
        List<Milestone> timeline,
        String hotline,
        String updatedBy,
        Instant updatedAt) {

    public EnrollmentGuide {
        timeline = List.copyOf(timeline);
        if (conditions == null || conditions.isBlank()) {
            throw new PlanTransitionException("conditions-required", "入学条件说明不能为空");
        }
        if (hotline == null || !hotline.matches("[0-9-]{7,20}")) {
            throw new PlanTransitionException("hotline", "咨询电话格式不正确");
        }
        for (int i = 0; i < timeline.size(); i++) {
            Milestone m = timeline.get(i);
            if (m.date() == null || m.title() == null || m.title().isBlank()) {
                throw new PlanTransitionException("timeline", "时间安排第 " + (i + 1) + " 项须有日期和事项");
            }
            if (i > 0 && m.date().isBefore(timeline.get(i - 1).date())) {
                throw new PlanTransitionException("timeline-order", "时间安排应按日期先后排列（第 " + (i + 1) + " 项）");
            }
        }
    }
}
