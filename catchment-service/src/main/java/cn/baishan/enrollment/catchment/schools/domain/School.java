package cn.baishan.enrollment.catchment.schools.domain;

import java.util.List;
import java.util.Optional;

/**
 * A compulsory-education school: code, name, district, the stages it enrolls with their yearly intake,
 * public or private, location, address and consultation hotline (咨询电话, published to parents).
 */
public record School(
        String code,
        String name,
        String districtCode,
        Ownership ownership,
        GeoPoint location,
        List<Intake> intakes,
        String address,
        String hotline) {

    public School {
        intakes = List.copyOf(intakes);
    }

    public boolean enrolls(Stage stage) {
        return intake(stage).isPresent();
    }

    public Optional<Intake> intake(Stage stage) {
        return intakes.stream().filter(i -> i.stage() == stage).findFirst();
    }

    public boolean isPublic() {
        return ownership == Ownership.PUBLIC;
    }
}
