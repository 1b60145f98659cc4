package cn.baishan.enrollment.catchment.zones.usecase.port;

import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;

/** Announces a published plan (inside the publishing transaction). */
public interface ZonePlanEvents {

    void published(ZonePlan plan);
}
