package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A plain timing run of the whole district allocation (not a test): children, schools, choices, repetitions. Schools
 * are grouped into multi-school zones of {@code choices} schools; each child ranks all schools of its zone in a
 * skewed order (popular schools first), three tiers, and lists its zone's schools plus {@code others} (5th
 * argument, default 2) further schools as its nearby schools (a distance list cut after the nearest few). Seats total 105 % of the children. Prints the best and median time of {@link DistrictAllocation#run}
 * (lottery, phases, engine checker, district invariants, cut-offs, input digest), of the result digest and of
 * explanations.
 */
public final class DistrictAllocationBenchmark {

    private DistrictAllocationBenchmark() {}

    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int schools = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int choices = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int others = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        DistrictInput input = generate(1, children, schools, choices, others);
        Seed seed = Seed.fromHex("42".repeat(32));
        double[] seconds = new double[repetitions];
        DistrictResult result = null;
        for (int i = 0; i < repetitions + 2; i++) {
            long started = System.nanoTime();
            result = DistrictAllocation.run(input, seed);
            if (i >= 2) {
                seconds[i - 2] = (System.nanoTime() - started) / 1e9;
            }
        }
        Arrays.sort(seconds);
        long started = System.nanoTime();
        String digest = DistrictResultText.digest(result); // streamed: the text itself need not fit next to the input
        double textSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        Explanations.Index index = Explanations.index(input, result);
        double indexSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        for (int c = 0; c < 10_000; c++) {
            index.of(input.children().get(c * (children / 10_000)).publicId());
        }
        double explainSeconds = (System.nanoTime() - started) / 1e9;
        long unplaced = result.placements().stream()
                .filter(p -> p.outcome() == DistrictResult.Outcome.UNPLACED)
                .count();
        System.out.printf(
                "%d children x %d schools x %d choices: run best %.3f s, median %.3f s; violations %d, unplaced %d;"
                        + " result digest %.3f s (%s…); explanation index %.3f s, 10,000 explanations %.3f s; heap used"
                        + " %d MB%n",
                children,
                schools,
                choices,
                seconds[0],
                seconds[seconds.length / 2],
                result.violations().size(),
                unplaced,
                textSeconds,
                digest.substring(0, 12),
                indexSeconds,
                explainSeconds,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000);
    }

    static DistrictInput generate(long seed, int children, int schools, int choices) {
        return generate(seed, children, schools, choices, 2);
    }

    /** {@code others}: nearby schools listed beyond the child's own zone (a truncated distance list). */
    static DistrictInput generate(long seed, int children, int schools, int choices, int others) {
        Random random = new Random(seed);
        List<String> codes = new ArrayList<>(schools);
        for (int s = 0; s < schools; s++) {
            codes.add(String.format("S%05d", s));
        }
        int zoneCount = Math.max(1, schools / choices);
        List<Zone> zones = new ArrayList<>(zoneCount);
        for (int z = 0; z < zoneCount; z++) {
            int from = z * choices;
            int to = z == zoneCount - 1 ? schools : from + choices;
            zones.add(new Zone(String.format("Z%04d", z), ZoneType.MULTI, codes.subList(from, to)));
        }
        int seatsPerSchool = (int) Math.ceil(children * 1.05 / schools);
        List<SchoolSeats> plan = new ArrayList<>(schools);
        for (String code : codes) {
            plan.add(new SchoolSeats(code, seatsPerSchool, 0));
        }
        List<Child> list = new ArrayList<>(children);
        for (int c = 0; c < children; c++) {
            Zone zone = zones.get(random.nextInt(zoneCount));
            List<String> members = zone.schoolCodes();
            String[] prefs = members.toArray(new String[0]);
            // Skewed popularity: a partial shuffle that keeps low-index schools near the front.
            for (int i = prefs.length - 1; i > 0; i--) {
                int j = Math.max(0, i - 1 - (int) Math.abs(random.nextGaussian() * 2));
                String t = prefs[i];
                prefs[i] = prefs[j];
                prefs[j] = t;
            }
            String[] nearby = new String[members.size() + others];
            for (int i = 0; i < members.size(); i++) {
                nearby[i] = members.get((i + c) % members.size());
            }
            for (int i = 0; i < others; i++) {
                nearby[members.size() + i] = codes.get(random.nextInt(schools));
            }
            list.add(new Child(
                    String.format("P2027-%012X", c * 2_654_435_761L & 0xFFFFFFFFFFFFL),
                    1 + random.nextInt(3),
                    zone.zoneCode(),
                    List.of(prefs),
                    false,
                    null,
                    null,
                    null,
                    Arrays.asList(nearby).stream().distinct().toList()));
        }
        return new DistrictInput("220602", "PRIMARY", 2027, List.of("A", "B", "C"), plan, zones, list);
    }
}
