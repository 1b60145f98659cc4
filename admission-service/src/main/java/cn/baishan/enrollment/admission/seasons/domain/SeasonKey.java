package cn.baishan.enrollment.admission.seasons.domain;

import java.util.Objects;

/**
 * One admission season: a district, an enrollment year and a stage ({@code PRIMARY} or {@code JUNIOR}), the path
 * form {@code /{districtCode}/{year}/{stage}}.
 */
public record SeasonKey(String districtCode, int enrollmentYear, String stage) {

    public SeasonKey {
        Objects.requireNonNull(districtCode, "districtCode");
        Objects.requireNonNull(stage, "stage");
        if (!districtCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("a district code is 6 digits: " + districtCode);
        }
        if (!stage.equals("PRIMARY") && !stage.equals("JUNIOR")) {
            throw new IllegalArgumentException("a stage is PRIMARY or JUNIOR: " + stage);
        }
    }

    @Override
    public String toString() {
        return districtCode + "/" + enrollmentYear + "/" + stage;
    }
}
