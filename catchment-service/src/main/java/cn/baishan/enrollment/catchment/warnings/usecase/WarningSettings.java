package cn.baishan.enrollment.catchment.warnings.usecase;

import cn.baishan.enrollment.catchment.warnings.domain.WarningThresholds;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code baishan.warnings}: demand/seat ratios for yellow, orange and red, by default and
 * per district.
 */
@ConfigurationProperties("baishan.warnings")
public record WarningSettings(
        @DefaultValue("0.9") double yellow,
        @DefaultValue("1.0") double orange,
        @DefaultValue("1.2") double red,
        Map<String, WarningThresholds> districts) {

    public WarningThresholds thresholds(String districtCode) {
        if (districts != null && districts.containsKey(districtCode)) {
            return districts.get(districtCode);
        }
        return new WarningThresholds(yellow, orange, red);
    }
}
