package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictResult.Cutoff;
import cn.baishan.enrollment.allocation.district.DistrictResult.Outcome;
import cn.baishan.enrollment.allocation.district.DistrictResult.Placement;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.district.Explanations.Considered;
import cn.baishan.enrollment.allocation.district.Explanations.Explanation;
import cn.baishan.enrollment.allocation.lottery.Digests;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The explanations as {@link Explanations} derived them before it was tuned for a million children (a verbatim copy
 * of that code, commit 8efe889): {@link ExplanationsReferenceTest} holds the tuned index to exactly these values.
 */
final class ReferenceExplanations {

    private ReferenceExplanations() {}

    /** The reference index of one run, resolving the input afresh (no instance shared with the tuned index). */
    static Index index(DistrictInput input, DistrictResult result) {
        return new Index(new Resolved(input), result);
    }

    private static String tierDisplayName(String category) {
        return Explanations.tierDisplayName(category);
    }

    private static final Route[] ROUTES = Route.values();

    /**
     * Per thread (an index is shared between threads): the school list of the phase being explained and the
     * explanation's considered schools, reused from child to child so a million explanations allocate only what
     * they return.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        final SchoolList list = new SchoolList();
        Considered[] considered = new Considered[64];

        /** Puts k at position count and returns the new count. */
        int add(int count, Considered k) {
            if (count == considered.length) {
                considered = Arrays.copyOf(considered, 2 * count);
            }
            considered[count] = k;
            return count + 1;
        }
    }

    /** A growable list of school indices (no boxing, no set: a list has a few dozen schools). */
    private static final class SchoolList {
        int[] schools = new int[32];
        int size;

        void ensure(int capacity) {
            if (schools.length < capacity) {
                schools = Arrays.copyOf(schools, Math.max(capacity, 2 * schools.length));
            }
        }

        void add(int s) {
            ensure(size + 1);
            schools[size++] = s;
        }

        /** Adds s unless it is listed already. */
        void addNew(int s) {
            if (indexOf(s) < 0) {
                add(s);
            }
        }

        void addNearby(Resolved r, int c) {
            for (int p = r.nearbyStart[c], to = r.nearbyStart[c + 1]; p < to; p++) {
                addNew(r.nearbyAt(p));
            }
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
    static final class Index {
        private final Resolved r;
        private final String[] sortedIds;
        private final List<Placement> placements;
        private final Cutoff[] cutoff;
        private final Considered[] notAdmitted;
        /** The UTF-8 byte order of the ids, as {@code String.compareTo} when no id has a surrogate (exact then). */
        private final Comparator<String> order;
        /** Whether placement i is child sortedIds[i]'s. */
        private final boolean aligned;

        Index(Resolved r, DistrictResult result) {
            this.r = r;
            // Children and placements are both found by binary search over their public ids (the result lists its
            // placements sorted; a hand-made unsorted list is sorted here): no map of a million entries.
            sortedIds = new String[r.n];
            for (int i = 0; i < r.n; i++) {
                sortedIds[i] = r.publicIds[r.byId[i]];
            }
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
            cutoff = new Cutoff[DistrictPhases.PHASES * r.schoolCount];
            for (Cutoff c : result.cutoffs()) {
                int s = r.school(c.schoolCode());
                if (s != Resolved.NONE) {
                    cutoff[c.phase().ordinal() * r.schoolCount + s] = c;
                }
            }
            // A school that did not take the child reads the same in every explanation (a child placed beyond its
            // nearby schools lists every school before its own in code order): one shared, immutable instance each.
            notAdmitted = new Considered[cutoff.length];
            for (int at = 0; at < cutoff.length; at++) {
                notAdmitted[at] = newConsidered(at % r.schoolCount, at / r.schoolCount, false);
            }
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

        /**
         * @throws NoSuchElementException when the public id is not in the input or not in the result
         */
        Explanation of(String publicId) {
            int at = Arrays.binarySearch(sortedIds, publicId, order);
            Placement p = aligned ? (at >= 0 ? placements.get(at) : null) : placement(publicId);
            if (at < 0 || p == null) {
                throw new NoSuchElementException("not in this allocation: " + publicId);
            }
            int c = r.byId[at];
            Scratch scratch = SCRATCH.get();
            int count = 0;
            if (p.outcome() == Outcome.ADMITTED || p.outcome() == Outcome.UNPLACED) {
                int target = p.schoolCode() == null ? Resolved.NONE : r.school(p.schoolCode());
                int last =
                        p.route() == null ? Route.OVERFLOW.ordinal() : p.route().ordinal();
                SchoolList list = scratch.list;
                for (int phase = 0; phase <= last; phase++) {
                    boolean admittedHere = phase == last && p.outcome() == Outcome.ADMITTED;
                    if (applies(c, phase)) {
                        list(c, phase, admittedHere ? target : Resolved.NONE, list);
                        for (int i = 0; i < list.size; i++) {
                            int s = list.schools[i];
                            count = scratch.add(count, considered(s, phase, admittedHere && s == target));
                        }
                    }
                }
            }
            // One copy of the thread's buffer into the immutable list the explanation keeps as it is (List.copyOf of
            // a List.of list copies nothing): a child placed beyond its nearby schools considers thousands of schools.
            List<Considered> considered = List.of(Arrays.copyOf(scratch.considered, count));
            int tierRank = r.tier[c];
            String tierName = r.tierNames[tierRank - 1];
            String reason = reason(c, p, considered);
            return new Explanation(
                    publicId,
                    tierRank,
                    tierName,
                    HexFormat.of().toHexDigits(p.lotteryNumber()),
                    p.lotteryRank(),
                    considered,
                    p.outcome(),
                    p.schoolCode(),
                    p.route(),
                    reason);
        }

        private Considered considered(int s, int phase, boolean admitted) {
            return admitted ? newConsidered(s, phase, true) : notAdmitted[phase * r.schoolCount + s];
        }

        private Considered newConsidered(int s, int phase, boolean admitted) {
            Cutoff cut = cutoff[phase * r.schoolCount + s];
            return new Considered(
                    r.schoolCodes[s],
                    ROUTES[phase],
                    admitted,
                    cut == null ? null : cut.tierRank(),
                    cut == null ? null : cut.lotteryRank());
        }

        private boolean applies(int c, int phase) {
            return switch (ROUTES[phase]) {
                case DISABILITY -> r.disability[c] == Resolved.REGULAR;
                case DIRECT_PROMOTION -> r.promotion[c] != Resolved.NONE;
                case IN_ZONE -> r.inZoneEligible(c);
                case SIBLING -> r.sibling[c] != Resolved.NONE;
                case OVERFLOW -> true;
            };
        }

        /**
         * Writes the child's list in a phase into {@code list}, up to and including target (the whole list when
         * target is NONE). Primitive and per call: an index is shared between threads and explains a million children.
         */
        private void list(int c, int phase, int target, SchoolList list) {
            list.size = 0;
            switch (ROUTES[phase]) {
                case DIRECT_PROMOTION -> list.add(r.promotion[c]);
                case SIBLING -> list.add(r.sibling[c]);
                case IN_ZONE -> {
                    list.ensure(r.inZoneLength(c));
                    list.size = r.inZoneList(c, list.schools, 0, null, 0);
                }
                case DISABILITY -> {
                    if (r.committeeSchool[c] != Resolved.NONE) {
                        list.add(r.committeeSchool[c]);
                    }
                    for (int s : r.zoneByDistance(c)) {
                        list.addNew(s);
                    }
                    list.addNearby(r, c);
                }
                case OVERFLOW -> list.addNearby(r, c);
            }
            int at = list.indexOf(target);
            if (at >= 0) {
                list.size = at + 1;
                return;
            }
            if (phase == Route.DISABILITY.ordinal() || phase == Route.OVERFLOW.ordinal()) {
                // The list ends with every other school in code order, up to the one that took the child (rare: the
                // few children no nearby school took).
                boolean[] listed = new boolean[r.schoolCount];
                for (int i = 0; i < list.size; i++) {
                    listed[list.schools[i]] = true;
                }
                for (int s = 0; s < r.schoolCount; s++) {
                    if (!listed[s]) {
                        list.add(s);
                        if (s == target) {
                            break;
                        }
                    }
                }
            }
        }

        private String reason(int c, Placement p, List<Considered> considered) {
            StringBuilder text = new StringBuilder(128);
            int tierRank = r.tier[c];
            text.append("您的孩子属于第")
                    .append(tierRank)
                    .append("类（")
                    .append(tierDisplayName(r.tierNames[tierRank - 1]))
                    .append("），摇号序号")
                    .append(p.lotteryRank())
                    .append("；");
            String school = p.schoolCode();
            switch (p.outcome()) {
                case SPECIAL_SCHOOL -> {
                    return text.append("根据残疾儿童入学评估专家委员会的意见，安置到特殊教育学校")
                            .append(school == null ? "" : school)
                            .append("。")
                            .toString();
                }
                case HOME_TEACHING -> {
                    return text.append("根据残疾儿童入学评估专家委员会的意见，安排送教上门。").toString();
                }
                default -> {}
            }
            Route route = p.route();
            if (route == Route.DISABILITY) {
                boolean committee =
                        r.committeeSchool[c] != Resolved.NONE && r.schoolCodes[r.committeeSchool[c]].equals(school);
                return text.append("根据专家委员会的意见随班就读，优先安排至")
                        .append(committee ? "专家委员会指定的学校" : "距离最近且有学位的学校")
                        .append(school)
                        .append("，已录取。")
                        .toString();
            }
            if (route == Route.DIRECT_PROMOTION) {
                return text.append("按对口直升政策，从对口小学直升至")
                        .append(school)
                        .append("，已录取。")
                        .toString();
            }
            List<Considered> inZone = new ArrayList<>();
            for (Considered k : considered) {
                if (k.phase() == Route.IN_ZONE) {
                    inZone.add(k);
                }
            }
            if (route == Route.IN_ZONE) {
                boolean multi = r.zoneMulti[r.zone[c]];
                for (int i = 0; i < inZone.size(); i++) {
                    Considered k = inZone.get(i);
                    String label = !multi ? "学区学校" : i == 0 ? "首选学校" : "第" + (i + 1) + "志愿学校";
                    text.append(label).append(k.schoolCode()).append(cutoffPhrase(k));
                    text.append(k.admitted() ? "，已录取。" : "，未能录取；");
                }
                return text.toString();
            }
            // Not placed in the zone: say why, then how the child was placed.
            if (r.promotion[c] != Resolved.NONE) {
                text.append("对口直升学校").append(r.schoolCodes[r.promotion[c]]).append("学位已满；");
            }
            if (!inZone.isEmpty()) {
                text.append("学区内学校均已录满（");
                for (int i = 0; i < inZone.size(); i++) {
                    Considered k = inZone.get(i);
                    text.append(i == 0 ? "" : "，").append(k.schoolCode()).append(cutoffPhrase(k));
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
                text.append("兄姐就读的").append(r.schoolCodes[r.sibling[c]]).append("已无剩余学位；");
            }
            if (p.outcome() == Outcome.UNPLACED) {
                return text.append("全区本学段学位已全部录满，暂未安排学校，教育局将另行统筹解决。").toString();
            }
            return text.append("统筹安排至距离较近且有空余学位的")
                    .append(school)
                    .append("，已录取。")
                    .toString();
        }

        private static String cutoffPhrase(Considered k) {
            if (k.cutoffTierRank() == null) {
                return k.admitted() ? "本阶段学位充足" : "本阶段已无剩余学位";
            }
            return "本阶段录取至第" + k.cutoffTierRank() + "类序号" + k.cutoffLotteryRank();
        }
    }
}
