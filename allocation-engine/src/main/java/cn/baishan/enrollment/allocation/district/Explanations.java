package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictResult.Cutoff;
import cn.baishan.enrollment.allocation.district.DistrictResult.Outcome;
import cn.baishan.enrollment.allocation.district.DistrictResult.Placement;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.lottery.Digests;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/** Why each child's result is what it is, derived from the input and the result alone (so anyone can check it). */
public final class Explanations {

    /** Readable names of the platform's tier categories; another category is shown as its code. */
    private static final Map<String, String> TIER_NAMES = Map.of(
            "PREFERENTIAL_GROUP", "政策性优待对象",
            "HUKOU_AND_PROPERTY", "户房一致",
            "PROPERTY_ONLY", "片区内有房产",
            "HUKOU_ONLY", "片区内有户籍",
            "MIGRANT_PERMIT_INSURANCE", "随迁子女（居住证、社保在片区内）",
            "OUTSIDE_ZONES", "片区外");

    private Explanations() {}

    /**
     * @param considered each school the run considered for the child, in the order it did
     * @param reason one or two sentences in Chinese the parent can read
     */
    public record Explanation(
            String publicId,
            int tierRank,
            String tierName,
            String lotteryNumber,
            int lotteryRank,
            List<Considered> considered,
            DistrictResult.Outcome outcome,
            String schoolCode,
            DistrictResult.Route route,
            String reason) {

        public Explanation {
            considered = considered instanceof ConsideredList ? considered : List.copyOf(considered);
        }
    }

    /** @param cutoffTierRank null (with the lottery rank) when the school was not full in that phase */
    public record Considered(
            String schoolCode,
            DistrictResult.Route phase,
            boolean admitted,
            Integer cutoffTierRank,
            Integer cutoffLotteryRank) {}

    /**
     * One child's explanation. Each call indexes the whole input; to explain many children (a publication
     * notifies every child) build {@link #index} once and call {@link Index#of} per child.
     *
     * @throws NoSuchElementException when the public id is not in the input or not in the result
     */
    public static Explanation of(DistrictInput input, DistrictResult result, String publicId) {
        return index(input, result).of(publicId);
    }

    /** Indexes input and result once (a linear pass); {@link Index#of} then costs only the child's own lists. */
    public static Index index(DistrictInput input, DistrictResult result) {
        return new Index(Resolved.of(input), result);
    }

    /** The display name of a tier category (Chinese for the platform's categories, else the code itself). */
    public static String tierDisplayName(String category) {
        return TIER_NAMES.getOrDefault(category, category);
    }

    private static final HexFormat HEX = HexFormat.of();

    private static final Route[] ROUTES = Route.values();
    private static final int DISABILITY = Route.DISABILITY.ordinal();
    private static final int DIRECT_PROMOTION = Route.DIRECT_PROMOTION.ordinal();
    private static final int IN_ZONE = Route.IN_ZONE.ordinal();
    private static final int SIBLING = Route.SIBLING.ordinal();
    private static final int OVERFLOW = Route.OVERFLOW.ordinal();

    /**
     * Per thread (an index is shared between threads): the school list of the phase being explained, the
     * explanation's considered schools and the reason's text, reused from child to child so a million explanations
     * allocate little more than what they return.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        final SchoolList list = new SchoolList();
        Considered[] considered = new Considered[64];
        /** The child's in-zone schools, those of its considered entries of the in-zone phase. */
        int[] zone = new int[8];
        /** The listed schools in code order (the list's end takes the others). */
        int[] sorted = new int[32];

        final StringBuilder text = new StringBuilder(256);
        /**
         * The position after the child explained last: publication explains child after child in canonical order,
         * so that is usually the next child's position (checked by one comparison, else searched for).
         */
        int next;

        /** Puts length entries of k from position from at position count and returns the new count. */
        int addAll(int count, Considered[] k, int from, int length) {
            if (count + length > considered.length) {
                considered = Arrays.copyOf(considered, Math.max(count + length, 2 * considered.length));
            }
            System.arraycopy(k, from, considered, count, length);
            return count + length;
        }

        /** Puts k at position count and returns the new count. */
        int add(int count, Considered k) {
            if (count == considered.length) {
                considered = Arrays.copyOf(considered, 2 * count);
            }
            considered[count] = k;
            return count + 1;
        }
    }

    /**
     * A growable list of school indices without repeats (no boxing, no set): {@code stamp[s] == mark} when s is
     * listed, so adding costs one array read even when the list grows to every school of the district.
     */
    private static final class SchoolList {
        int[] schools = new int[32];
        int size;
        private int[] stamp = new int[0];
        private int mark;

        /** Empties the list for a district of schoolCount schools. */
        void clear(int schoolCount) {
            size = 0;
            if (stamp.length < schoolCount) {
                stamp = new int[schoolCount];
                mark = 0;
            }
            if (++mark == 0) {
                Arrays.fill(stamp, 0);
                mark = 1;
            }
        }

        void ensure(int capacity) {
            if (schools.length < capacity) {
                schools = Arrays.copyOf(schools, Math.max(capacity, 2 * schools.length));
            }
        }

        /** Adds s unless it is listed already; whether it was added. */
        boolean addNew(int s) {
            if (stamp[s] == mark) {
                return false;
            }
            stamp[s] = mark;
            ensure(size + 1);
            schools[size++] = s;
            return true;
        }

        int indexOf(int s) {
            for (int i = 0; i < size; i++) {
                if (schools[i] == s) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Explanations of one run, for any number of children; safe to share between threads once built. */
    public static final class Index {
        private final Resolved r;
        private final String[] sortedIds;
        private final List<Placement> placements;
        /** The UTF-8 byte order of the ids, as {@code String.compareTo} when no id has a surrogate (exact then). */
        private final Comparator<String> order;
        /** Whether placement i is child sortedIds[i]'s. */
        private final boolean aligned;
        /**
         * What a school shows in every explanation that lists it in a phase (at phase × schoolCount + school), one
         * shared, immutable instance each: not taking the child, and taking it.
         */
        private final Considered[] notAdmitted;

        private final Considered[] admitted;
        // The reason's pieces that depend on the tier or on one school only, written once for all children.
        private final String[] tierPrefix;
        /** "A本阶段…，未能录取；" (at 2 × school) and "A本阶段…，已录取。" (at 2 × school + 1). */
        private final String[] zoneClause;
        /** "A本阶段…" as in "学区内学校均已录满（…）", not taking (2 × school) and taking the child (2 × school + 1). */
        private final String[] zoneFull;

        private final String[] promotionFull;
        private final String[] siblingFull;
        /** The in-zone labels of a multi-school zone: 首选学校, 第2志愿学校, … up to the largest zone. */
        private final String[] choiceLabels;

        Index(Resolved r, DistrictResult result) {
            this.r = r;
            // Children and placements are both found by binary search over their public ids (the result lists its
            // placements sorted; a hand-made unsorted list is sorted here): no map of a million entries.
            boolean canonical = true;
            for (int i = 0; canonical && i < r.n; i++) {
                canonical = r.byId[i] == i;
            }
            // The input usually lists its children in canonical order already: then its id array is the sorted one
            // (shared read-only, never written here).
            String[] ids = r.publicIds;
            if (!canonical) {
                ids = new String[r.n];
                for (int i = 0; i < r.n; i++) {
                    ids[i] = r.publicIds[r.byId[i]];
                }
            }
            sortedIds = ids;
            List<Placement> given = result.placements();
            // Usually the result's placements are the input's children one to one in the same (canonical) order: then
            // a child's placement is at the child's position, and the input's id order is exact for both.
            boolean same = given.size() == r.n;
            for (int i = 0; same && i < r.n; i++) {
                same = given.get(i).publicId().equals(sortedIds[i]);
            }
            aligned = same;
            order = same ? r.idOrder : Digests.BY_UTF8_BYTES;
            boolean sorted = true;
            for (int i = 1; !same && i < given.size() && sorted; i++) {
                sorted = order.compare(given.get(i - 1).publicId(), given.get(i).publicId()) < 0;
            }
            if (!sorted) {
                List<Placement> copy = new ArrayList<>(given);
                copy.sort(Comparator.comparing(Placement::publicId, order));
                given = copy;
            }
            placements = given;
            int schools = r.schoolCount;
            Cutoff[] cutoff = new Cutoff[DistrictPhases.PHASES * schools];
            for (Cutoff c : result.cutoffs()) {
                int s = r.school(c.schoolCode());
                if (s != Resolved.NONE) {
                    cutoff[c.phase().ordinal() * schools + s] = c;
                }
            }
            notAdmitted = new Considered[cutoff.length];
            admitted = new Considered[cutoff.length];
            for (int at = 0; at < cutoff.length; at++) {
                notAdmitted[at] = newConsidered(at % schools, at / schools, false, cutoff[at]);
                admitted[at] = newConsidered(at % schools, at / schools, true, cutoff[at]);
            }
            tierPrefix = new String[r.tierNames.length];
            for (int t = 0; t < tierPrefix.length; t++) {
                tierPrefix[t] = "您的孩子属于第" + (t + 1) + "类（" + tierDisplayName(r.tierNames[t]) + "），摇号序号";
            }
            zoneClause = new String[2 * schools];
            zoneFull = new String[2 * schools];
            promotionFull = new String[schools];
            siblingFull = new String[schools];
            for (int s = 0; s < schools; s++) {
                String code = r.schoolCodes[s];
                for (int taken = 0; taken < 2; taken++) {
                    Considered k = (taken == 1 ? admitted : notAdmitted)[IN_ZONE * schools + s];
                    zoneFull[2 * s + taken] = code + cutoffPhrase(k);
                    zoneClause[2 * s + taken] = code + cutoffPhrase(k) + (k.admitted() ? "，已录取。" : "，未能录取；");
                }
                promotionFull[s] = "对口直升学校" + code + "学位已满；";
                siblingFull[s] = "兄姐就读的" + code + "已无剩余学位；";
            }
            int largestZone = 0;
            for (int[] members : r.zoneSchools) {
                largestZone = Math.max(largestZone, members.length);
            }
            choiceLabels = new String[largestZone];
            for (int i = 0; i < largestZone; i++) {
                choiceLabels[i] = choiceLabel(i);
            }
        }

        private Considered newConsidered(int s, int phase, boolean admitted, Cutoff cut) {
            return new Considered(
                    r.schoolCodes[s],
                    ROUTES[phase],
                    admitted,
                    cut == null ? null : cut.tierRank(),
                    cut == null ? null : cut.lotteryRank());
        }

        private Placement placement(String publicId) {
            int lo = 0;
            int hi = placements.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int cmp = order.compare(placements.get(mid).publicId(), publicId);
                if (cmp == 0) {
                    return placements.get(mid);
                } else if (cmp < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return null;
        }

        /** The child's position in the id order, or a negative number when no child has this id. */
        private int position(String publicId, Scratch scratch) {
            // The ids are distinct and the order tells equal ids only, so equals() at the guessed position is exact.
            int guess = scratch.next;
            if (guess < sortedIds.length && sortedIds[guess].equals(publicId)) {
                return guess;
            }
            return Arrays.binarySearch(sortedIds, publicId, order);
        }

        /**
         * @throws NoSuchElementException when the public id is not in the input or not in the result
         */
        public Explanation of(String publicId) {
            Scratch scratch = SCRATCH.get();
            int at = position(publicId, scratch);
            Placement p = aligned ? (at >= 0 ? placements.get(at) : null) : placement(publicId);
            if (at < 0 || p == null) {
                throw new NoSuchElementException("not in this allocation: " + publicId);
            }
            scratch.next = at + 1;
            int c = r.byId[at];
            int count = 0;
            ConsideredList tail = null;
            int zoneTook = Resolved.NONE;
            int zoneCount = 0;
            Outcome outcome = p.outcome();
            if (outcome == Outcome.ADMITTED || outcome == Outcome.UNPLACED) {
                int last = p.route() == null ? OVERFLOW : p.route().ordinal();
                int target = school(p.schoolCode(), c, last);
                SchoolList list = scratch.list;
                for (int phase = 0; phase <= last; phase++) {
                    // The school that took the child, in the phase that did: its list ends there.
                    int took = phase == last && outcome == Outcome.ADMITTED ? target : Resolved.NONE;
                    if (phase == DIRECT_PROMOTION || phase == SIBLING) {
                        int s = phase == SIBLING ? r.sibling[c] : r.promotion[c];
                        if (s != Resolved.NONE) {
                            count = scratch.add(count, considered(s, phase, took));
                        }
                        continue;
                    }
                    if (phase == IN_ZONE) {
                        if (!r.inZoneEligible(c)) {
                            continue;
                        }
                        list.ensure(r.inZoneLength(c));
                        list.size = r.inZoneList(c, list.schools, 0, null, 0, took);
                        if (scratch.zone.length < list.size) {
                            scratch.zone = new int[list.size];
                        }
                        System.arraycopy(list.schools, 0, scratch.zone, 0, list.size);
                        zoneTook = took;
                        zoneCount = list.size;
                    } else if (phase == OVERFLOW || r.disability[c] == Resolved.REGULAR) {
                        boolean reached =
                                phase == OVERFLOW ? overflowList(c, took, list) : disabilityList(c, took, list);
                        for (int i = 0; i < list.size; i++) {
                            count = scratch.add(count, considered(list.schools[i], phase, took));
                        }
                        if (!reached) {
                            if (phase == last) {
                                // The list's end is the explanation's end: it may be a view of the shared entries.
                                tail = tail(scratch, count, phase, took);
                            }
                            if (tail == null) {
                                count = rest(scratch, count, phase, took);
                            }
                        }
                        continue;
                    } else {
                        continue;
                    }
                    for (int i = 0; i < list.size; i++) {
                        count = scratch.add(count, considered(list.schools[i], phase, took));
                    }
                }
            }
            List<Considered> considered = tail != null ? tail : immutableList(scratch.considered, count);
            int tierRank = r.tier[c];
            String reason = reason(scratch, c, p, zoneTook, zoneCount);
            return new Explanation(
                    publicId,
                    tierRank,
                    r.tierNames[tierRank - 1],
                    HEX.toHexDigits(p.lotteryNumber()),
                    p.lotteryRank(),
                    considered,
                    outcome,
                    p.schoolCode(),
                    p.route(),
                    reason);
        }

        /**
         * The index of a placement's school: a run's result names it by the very string of the input, so the schools
         * the child could have got in its route are compared by identity first (no hashing); else looked up.
         */
        private int school(String code, int c, int route) {
            if (code == null) {
                return Resolved.NONE;
            }
            if (route == IN_ZONE && r.zone[c] != Resolved.NONE) {
                for (int s : r.zoneSchools[r.zone[c]]) {
                    if (r.schoolCodes[s] == code) {
                        return s;
                    }
                }
            } else if (route == SIBLING || route == DIRECT_PROMOTION || route == DISABILITY) {
                int s = route == SIBLING
                        ? r.sibling[c]
                        : route == DIRECT_PROMOTION ? r.promotion[c] : r.committeeSchool[c];
                if (s != Resolved.NONE && r.schoolCodes[s] == code) {
                    return s;
                }
            } else if (route == OVERFLOW) {
                for (int p = r.nearbyStart[c], to = Math.min(p + 4, r.nearbyStart[c + 1]); p < to; p++) {
                    if (r.schoolCodes[r.nearbyAt(p)] == code) {
                        return r.nearbyAt(p);
                    }
                }
            }
            return r.school(code);
        }

        /** School s as listed in a phase whose list ends at the school that took the child (NONE: none did). */
        private Considered considered(int s, int phase, int took) {
            return (s == took ? admitted : notAdmitted)[phase * r.schoolCount + s];
        }

        /** The nearby schools (first occurrence) up to the one that took the child; whether it is among them. */
        private boolean overflowList(int c, int took, SchoolList list) {
            list.clear(r.schoolCount);
            for (int p = r.nearbyStart[c], to = r.nearbyStart[c + 1]; p < to; p++) {
                int s = r.nearbyAt(p);
                if (list.addNew(s) && s == took) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The committee's school, the zone's schools by distance and the nearby schools (each once), up to the one
         * that took the child; whether it is among them.
         */
        private boolean disabilityList(int c, int took, SchoolList list) {
            list.clear(r.schoolCount);
            int committee = r.committeeSchool[c];
            if (committee != Resolved.NONE && list.addNew(committee) && committee == took) {
                return true;
            }
            for (int s : r.zoneByDistance(c)) {
                if (list.addNew(s) && s == took) {
                    return true;
                }
            }
            for (int p = r.nearbyStart[c], to = r.nearbyStart[c + 1]; p < to; p++) {
                int s = r.nearbyAt(p);
                if (list.addNew(s) && s == took) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The explanation's list when it ends with a long {@link #rest}: the first count entries, then the rest as a
         * view of the phase's shared entries (null when the rest is short: then it is copied). A child placed beyond
         * its nearby schools (or turned away by all) lists thousands of schools; copying them costs more than
         * finding them.
         */
        private ConsideredList tail(Scratch scratch, int count, int phase, int took) {
            SchoolList list = scratch.list;
            int end = took == Resolved.NONE ? r.schoolCount : took + 1;
            int[] gaps = new int[list.size];
            int below = 0;
            for (int i = 0; i < list.size; i++) {
                if (list.schools[i] < end) {
                    gaps[below++] = list.schools[i];
                }
            }
            int length = end - below;
            if (length < VIEW_FROM) {
                return null;
            }
            gaps = Arrays.copyOf(gaps, below);
            Arrays.sort(gaps);
            return new ConsideredList(
                    Arrays.copyOf(scratch.considered, count),
                    notAdmitted,
                    phase * r.schoolCount,
                    gaps,
                    length,
                    took == Resolved.NONE ? null : admitted[phase * r.schoolCount + took]);
        }

        /**
         * Appends the end of a list that did not reach the school that took the child: every school not listed in
         * code order, up to that school (all of them when none took it). Those are runs of the phase's shared
         * entries between the few listed schools, copied as runs: a child placed beyond its nearby schools (or
         * turned away by all) lists thousands of schools.
         */
        private int rest(Scratch scratch, int count, int phase, int took) {
            SchoolList list = scratch.list;
            int listed = list.size;
            if (scratch.sorted.length < listed) {
                scratch.sorted = new int[Math.max(listed, 2 * scratch.sorted.length)];
            }
            int[] sorted = scratch.sorted;
            System.arraycopy(list.schools, 0, sorted, 0, listed);
            Arrays.sort(sorted, 0, listed);
            int end = took == Resolved.NONE ? r.schoolCount : took + 1;
            int base = phase * r.schoolCount;
            int from = 0;
            for (int i = 0; i <= listed && from < end; i++) {
                int next = i < listed ? sorted[i] : end;
                int to = Math.min(next, end);
                if (to > from) {
                    count = scratch.addAll(count, notAdmitted, base + from, to - from);
                }
                from = next + 1;
            }
            if (took != Resolved.NONE) {
                scratch.considered[count - 1] = admitted[base + took];
            }
            return count;
        }

        /**
         * The first count entries as an immutable list, copied once: a child placed beyond its nearby schools (or
         * turned away by all) lists thousands, which {@code List.of} would copy twice and null-check one by one.
         */
        private static List<Considered> immutableList(Considered[] k, int count) {
            return switch (count) {
                case 0 -> List.of();
                case 1 -> List.of(k[0]);
                case 2 -> List.of(k[0], k[1]);
                default -> new ConsideredList(Arrays.copyOf(k, count), null, 0, null, 0, null);
            };
        }

        /**
         * The reason text, from the pieces written once per tier and per school: the child's in-zone list is the
         * first zoneCount schools of scratch.zone, of which zoneTook (if any) took the child. A text of a few pieces
         * is one concatenation (sized once); a longer one is built in the thread's builder.
         */
        private String reason(Scratch scratch, int c, Placement p, int zoneTook, int zoneCount) {
            String head = tierPrefix[r.tier[c] - 1];
            int rank = p.lotteryRank();
            String school = p.schoolCode();
            switch (p.outcome()) {
                case SPECIAL_SCHOOL -> {
                    return head + rank + "；根据残疾儿童入学评估专家委员会的意见，安置到特殊教育学校" + (school == null ? "" : school) + "。";
                }
                case HOME_TEACHING -> {
                    return head + rank + "；根据残疾儿童入学评估专家委员会的意见，安排送教上门。";
                }
                default -> {}
            }
            Route route = p.route();
            if (route == Route.DISABILITY) {
                boolean committee =
                        r.committeeSchool[c] != Resolved.NONE && r.schoolCodes[r.committeeSchool[c]].equals(school);
                return head
                        + rank
                        + (committee ? "；根据专家委员会的意见随班就读，优先安排至专家委员会指定的学校" : "；根据专家委员会的意见随班就读，优先安排至距离最近且有学位的学校")
                        + school
                        + "，已录取。";
            }
            if (route == Route.DIRECT_PROMOTION) {
                return head + rank + "；按对口直升政策，从对口小学直升至" + school + "，已录取。";
            }
            int[] zone = scratch.zone;
            if (route == Route.IN_ZONE) {
                boolean multi = r.zoneMulti[r.zone[c]];
                if (zoneCount == 1) {
                    int taken = zone[0] == zoneTook ? 1 : 0;
                    return head + rank + (multi ? "；首选学校" : "；学区学校") + zoneClause[2 * zone[0] + taken];
                }
                if (multi && zoneCount >= 2 && zoneCount <= 5) {
                    // One concatenation sized once for the usual texts (a zone has up to five schools).
                    String first = zoneClause[2 * zone[0] + (zone[0] == zoneTook ? 1 : 0)];
                    String second = zoneClause[2 * zone[1] + (zone[1] == zoneTook ? 1 : 0)];
                    if (zoneCount == 2) {
                        return head + rank + "；首选学校" + first + choiceLabels[1] + second;
                    }
                    String third = zoneClause[2 * zone[2] + (zone[2] == zoneTook ? 1 : 0)];
                    if (zoneCount == 3) {
                        return head + rank + "；首选学校" + first + choiceLabels[1] + second + choiceLabels[2] + third;
                    }
                    String fourth = zoneClause[2 * zone[3] + (zone[3] == zoneTook ? 1 : 0)];
                    if (zoneCount == 4) {
                        return head + rank + "；首选学校" + first + choiceLabels[1] + second + choiceLabels[2] + third
                                + choiceLabels[3] + fourth;
                    }
                    String fifth = zoneClause[2 * zone[4] + (zone[4] == zoneTook ? 1 : 0)];
                    return head + rank + "；首选学校" + first + choiceLabels[1] + second + choiceLabels[2] + third
                            + choiceLabels[3] + fourth + choiceLabels[4] + fifth;
                }
                StringBuilder text = scratch.text;
                text.setLength(0);
                text.append(head).append(rank).append('；');
                for (int i = 0; i < zoneCount; i++) {
                    int taken = zone[i] == zoneTook ? 1 : 0;
                    if (!multi) {
                        text.append("学区学校").append(zoneClause[2 * zone[i] + taken]);
                    } else if (i == 0) {
                        text.append("首选学校").append(zoneClause[2 * zone[i] + taken]);
                    } else {
                        text.append(i < choiceLabels.length ? choiceLabels[i] : choiceLabel(i))
                                .append(zoneClause[2 * zone[i] + taken]);
                    }
                }
                return text.toString();
            }
            // Not placed in the zone: say why, then how the child was placed.
            StringBuilder text = scratch.text;
            text.setLength(0);
            text.append(head).append(rank).append('；');
            if (r.promotion[c] != Resolved.NONE) {
                text.append(promotionFull[r.promotion[c]]);
            }
            if (zoneCount > 0) {
                text.append("学区内学校均已录满（");
                for (int i = 0; i < zoneCount; i++) {
                    int taken = zone[i] == zoneTook ? 1 : 0;
                    if (i > 0) {
                        text.append('，');
                    }
                    text.append(zoneFull[2 * zone[i] + taken]);
                }
                text.append("）；");
            } else if (r.zone[c] == Resolved.NONE) {
                text.append("住址不在本学段任何学区内，由教育局统筹安排；");
            } else if (r.children[c].warningPeriodArrival()) {
                text.append("户籍或房产在学位预警发布后登记，按规定由教育局统筹安排，不保证进入学区学校；");
            } else {
                text.append("属于片区外类别，由教育局统筹安排；");
            }
            if (route == Route.SIBLING) {
                return text.append("按长幼随学政策，安排至兄姐就读的")
                        .append(school)
                        .append("，已录取。")
                        .toString();
            }
            if (r.sibling[c] != Resolved.NONE) {
                text.append(siblingFull[r.sibling[c]]);
            }
            if (p.outcome() == Outcome.UNPLACED) {
                return text.append("全区本学段学位已全部录满，暂未安排学校，教育局将另行统筹解决。").toString();
            }
            return text.append("统筹安排至距离较近且有空余学位的")
                    .append(school)
                    .append("，已录取。")
                    .toString();
        }

        private static String choiceLabel(int i) {
            return i == 0 ? "首选学校" : "第" + (i + 1) + "志愿学校";
        }

        private static String cutoffPhrase(Considered k) {
            if (k.cutoffTierRank() == null) {
                return k.admitted() ? "本阶段学位充足" : "本阶段已无剩余学位";
            }
            return "本阶段录取至第" + k.cutoffTierRank() + "类序号" + k.cutoffLotteryRank();
        }
    }

    /** A list's rest of at least this many schools is a view ({@link Index#tail}), a shorter one a copy. */
    private static final int VIEW_FROM = 8;

    /**
     * An explanation's considered schools, read-only and made by the index only (so the explanation keeps it as it
     * is): an array no one else holds, optionally followed by a tail — the end of a list that reaches every school
     * in code order — read from the index's shared entries: {@code shared[base + s]} for every school s below the
     * last one except the sorted {@code gaps} (listed before), and {@code last} (the school that took the child)
     * as the final entry when not null.
     */
    private static final class ConsideredList extends AbstractList<Considered> implements RandomAccess {
        private final Considered[] head;
        private final Considered[] shared;
        private final int base;
        private final int[] gaps;
        private final int tailLength;
        private final Considered last;

        ConsideredList(Considered[] head, Considered[] shared, int base, int[] gaps, int tailLength, Considered last) {
            this.head = head;
            this.shared = shared;
            this.base = base;
            this.gaps = gaps;
            this.tailLength = tailLength;
            this.last = last;
        }

        @Override
        public Considered get(int index) {
            if (index < head.length) {
                return head[index];
            }
            int j = Objects.checkIndex(index, size()) - head.length;
            if (last != null && j == tailLength - 1) {
                return last;
            }
            // The j-th school (from 0) that is not a gap: j plus the number of gaps g_m with g_m - m <= j.
            int lo = 0;
            int hi = gaps.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (gaps[mid] - mid <= j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return shared[base + j + lo];
        }

        @Override
        public int size() {
            return head.length + tailLength;
        }

        // As the lists of List.of, which hold no null and refuse to look for one.
        @Override
        public int indexOf(Object o) {
            return super.indexOf(Objects.requireNonNull(o));
        }

        @Override
        public int lastIndexOf(Object o) {
            return super.lastIndexOf(Objects.requireNonNull(o));
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }
    }
}
