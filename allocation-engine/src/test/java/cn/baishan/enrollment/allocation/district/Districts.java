package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.Disability;
import cn.baishan.enrollment.allocation.district.DistrictInput.DisabilityPlacement;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import cn.baishan.enrollment.allocation.district.DistrictResult.Placement;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small builder for hand-made districts in tests. */
final class Districts {

    static final List<String> TIERS = List.of("HUKOU_AND_PROPERTY", "PROPERTY_ONLY", "HUKOU_ONLY", "OUTSIDE_ZONES");
    static final Seed SEED = Seed.fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    private final List<SchoolSeats> schools = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private final List<Child> children = new ArrayList<>();
    private String stage = "PRIMARY";

    static Districts district() {
        return new Districts();
    }

    Districts junior() {
        stage = "JUNIOR";
        return this;
    }

    Districts school(String code, int seats) {
        return school(code, seats, 0);
    }

    Districts school(String code, int seats, int reserved) {
        schools.add(new SchoolSeats(code, seats, reserved));
        return this;
    }

    Districts single(String zone, String school) {
        zones.add(new Zone(zone, ZoneType.SINGLE, List.of(school)));
        return this;
    }

    Districts multi(String zone, String... schoolCodes) {
        zones.add(new Zone(zone, ZoneType.MULTI, List.of(schoolCodes)));
        return this;
    }

    Districts child(Child child) {
        children.add(child);
        return this;
    }

    Districts child(ChildBuilder child) {
        return child(child.build());
    }

    /** Where a child went, as "school/route" (school "-" when none, e.g. "-/OVERFLOW" for unplaced). */
    static String at(DistrictResult result, String id) {
        Placement p = placement(result, id);
        return (p.schoolCode() == null ? "-" : p.schoolCode()) + "/" + p.route() + "/" + p.outcome();
    }

    /** The lottery rank the seed gives each id (the same as the result's; used to reason about ties by hand). */
    static int rank(String id, List<String> allIds) {
        return cn.baishan.enrollment.allocation.lottery.LotteryDraw.draw(SEED, allIds)
                .rankOf(id);
    }

    /** A child of the given tier in a zone, with choices (multi-school zone) and nearby schools. */
    static ChildBuilder kid(String id, int tier, String zone) {
        return new ChildBuilder(id, tier, zone);
    }

    DistrictInput input() {
        return new DistrictInput("220602", stage, 2027, TIERS, schools, zones, children);
    }

    DistrictResult run() {
        return DistrictAllocation.run(input(), SEED);
    }

    static Placement placement(DistrictResult result, String id) {
        return result.placements().stream()
                .filter(p -> p.publicId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static final class ChildBuilder {
        private final String id;
        private final int tier;
        private final String zone;
        private List<String> prefs = List.of();
        private boolean warning;
        private String sibling;
        private String promotion;
        private Disability disability;
        private List<String> nearby = List.of();

        ChildBuilder(String id, int tier, String zone) {
            this.id = id;
            this.tier = tier;
            this.zone = zone;
        }

        ChildBuilder prefs(String... schools) {
            prefs = Arrays.asList(schools);
            return this;
        }

        ChildBuilder nearby(String... schools) {
            nearby = Arrays.asList(schools);
            return this;
        }

        ChildBuilder warning() {
            warning = true;
            return this;
        }

        ChildBuilder sibling(String school) {
            sibling = school;
            return this;
        }

        ChildBuilder promotion(String school) {
            promotion = school;
            return this;
        }

        ChildBuilder disability(DisabilityPlacement placement, String school) {
            disability = new Disability(placement, school);
            return this;
        }

        Child build() {
            return new Child(id, tier, zone, prefs, warning, sibling, promotion, disability, nearby);
        }
    }
}
