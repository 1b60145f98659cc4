package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.Disability;
import cn.baishan.enrollment.allocation.district.DistrictInput.DisabilityPlacement;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded random districts of a chosen shape; the same seed always gives the same district and lottery seed. */
final class RandomDistricts {

    enum Shape {
        /** Everything mixed: few tiers (many ties), scarce seats, reserved seats, all the special cases. */
        MIXED,
        /** Every school has exactly one seat. */
        CAPACITY_ONE,
        /** Everybody in one multi-school zone with the same choices and the same distances. */
        IDENTICAL_PREFERENCES,
        /** One tier for everybody: the lottery alone decides. */
        ONE_TIER,
        /** Far fewer seats than children: many unplaced. */
        SCARCE,
        /** More seats than children; a junior stage with direct promotion. */
        AMPLE_JUNIOR
    }

    record Instance(DistrictInput input, Seed seed) {}

    private RandomDistricts() {}

    static Instance generate(long seed, Shape shape) {
        Random random = new Random(seed);
        int schoolCount = 1 + random.nextInt(7);
        int childCount = random.nextInt(36);
        List<String> codes = new ArrayList<>();
        List<SchoolSeats> schools = new ArrayList<>();
        for (int s = 0; s < schoolCount; s++) {
            String code = "S" + (char) ('A' + s);
            codes.add(code);
            int seats =
                    switch (shape) {
                        case CAPACITY_ONE -> 1;
                        case SCARCE -> random.nextInt(3);
                        case AMPLE_JUNIOR -> childCount / schoolCount + 2 + random.nextInt(3);
                        default -> random.nextInt(6);
                    };
            int reserved = shape != Shape.CAPACITY_ONE && random.nextInt(4) == 0 ? random.nextInt(seats + 1) : 0;
            schools.add(new SchoolSeats(code, seats, reserved));
        }
        // Zones: shuffle the schools and cut them into single and multi zones, leaving some schools in none.
        List<String> shuffled = new ArrayList<>(codes);
        Collections.shuffle(shuffled, random);
        List<Zone> zones = new ArrayList<>();
        int at = 0;
        while (at < shuffled.size()) {
            int size = shape == Shape.IDENTICAL_PREFERENCES ? shuffled.size() : 1 + random.nextInt(3);
            size = Math.min(size, shuffled.size() - at);
            if (shape != Shape.IDENTICAL_PREFERENCES && random.nextInt(5) == 0) {
                at += size; // schools of no zone
                continue;
            }
            List<String> members = new ArrayList<>(shuffled.subList(at, at + size));
            ZoneType type = size == 1 && random.nextBoolean() ? ZoneType.SINGLE : ZoneType.MULTI;
            zones.add(new Zone("Z" + zones.size(), type, members));
            at += size;
        }
        List<String> sameNearby = shuffledSubset(random, codes, codes.size());
        List<String> samePrefs = zones.isEmpty()
                ? List.of()
                : shuffledSubset(random, zones.get(0).schoolCodes(), 3);
        List<Child> children = new ArrayList<>();
        for (int c = 0; c < childCount; c++) {
            int tier = shape == Shape.ONE_TIER ? 1 : 1 + random.nextInt(Districts.TIERS.size());
            String zone = null;
            List<String> prefs = List.of();
            if (!zones.isEmpty() && (shape == Shape.IDENTICAL_PREFERENCES || random.nextInt(6) != 0)) {
                Zone z = shape == Shape.IDENTICAL_PREFERENCES ? zones.get(0) : zones.get(random.nextInt(zones.size()));
                zone = z.zoneCode();
                if (z.type() == ZoneType.MULTI) {
                    prefs = shape == Shape.IDENTICAL_PREFERENCES
                            ? samePrefs
                            : shuffledSubset(
                                    random,
                                    z.schoolCodes(),
                                    random.nextInt(z.schoolCodes().size() + 1));
                    if (shape == Shape.MIXED && random.nextInt(8) == 0) {
                        prefs = new ArrayList<>(prefs);
                        prefs.add(codes.get(random.nextInt(codes.size()))); // a school of another zone: ignored
                        prefs = prefs.stream().distinct().toList();
                    }
                }
            }
            boolean special = shape == Shape.MIXED || shape == Shape.SCARCE || shape == Shape.AMPLE_JUNIOR;
            boolean warning = special && random.nextInt(8) == 0;
            String sibling = special && random.nextInt(6) == 0
                    ? (random.nextInt(4) == 0 ? "ELSEWHERE" : codes.get(random.nextInt(codes.size())))
                    : null;
            String promotion = shape == Shape.AMPLE_JUNIOR || (shape == Shape.MIXED && random.nextInt(8) == 0)
                    ? (random.nextInt(3) == 0 ? null : codes.get(random.nextInt(codes.size())))
                    : null;
            Disability disability = null;
            if (special && random.nextInt(10) == 0) {
                DisabilityPlacement placement = DisabilityPlacement.values()[random.nextInt(3)];
                String school =
                        switch (placement) {
                            case REGULAR_CLASS -> random.nextBoolean() ? codes.get(random.nextInt(codes.size())) : null;
                            case SPECIAL_SCHOOL -> "SPECIAL-1";
                            case HOME_TEACHING -> null;
                        };
                disability = new Disability(placement, school);
            }
            List<String> nearby = shape == Shape.IDENTICAL_PREFERENCES
                    ? sameNearby
                    : random.nextInt(5) == 0
                            ? List.of()
                            : shuffledSubset(random, codes, random.nextInt(codes.size() + 1));
            children.add(new Child(
                    String.format("P2027-%04X", random.nextInt(0x10000)) + "-" + c,
                    tier,
                    zone,
                    prefs,
                    warning,
                    sibling,
                    promotion,
                    disability,
                    nearby));
        }
        byte[] seedBytes = new byte[Seed.LENGTH];
        random.nextBytes(seedBytes);
        String stage = shape == Shape.AMPLE_JUNIOR ? "JUNIOR" : "PRIMARY";
        return new Instance(
                new DistrictInput("220602", stage, 2027, Districts.TIERS, schools, zones, children),
                Seed.of(seedBytes));
    }

    private static List<String> shuffledSubset(Random random, List<String> from, int size) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(size, copy.size())));
    }
}
