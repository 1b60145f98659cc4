package cn.baishan.enrollment.catchment.zones.usecase;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code baishan.zoning}: how long before taking effect a plan must be published
 * (公示期), by default and per district.
 */
@ConfigurationProperties("baishan.zoning")
public record ZoningSettings(@DefaultValue("30d") Duration defaultNoticePeriod, Map<String, Duration> noticePeriods) {

    public Duration noticePeriod(String districtCode) {
        return noticePeriods == null
                ? defaultNoticePeriod
                : noticePeriods.getOrDefault(districtCode, defaultNoticePeriod);
    }
}
