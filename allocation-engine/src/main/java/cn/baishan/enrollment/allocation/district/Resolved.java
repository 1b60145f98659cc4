package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.DisabilityPlacement;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import cn.baishan.enrollment.allocation.district.DistrictResult.DistrictViolation;
import cn.baishan.enrollment.allocation.lottery.Digests;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link DistrictInput} turned into indices and flat arrays once, for the phases, the invariant checker and the
 * explanations: schools by code order (index 0 = the smallest code in UTF-8 byte order), zones, and per child its
 * tier, zone and every school it refers to as indices ({@link #NONE} when absent). Malformed input (duplicate
 * codes or ids, a tier rank outside the tier list, more reserved seats than seats) is refused with an
 * {@link IllegalArgumentException}; a reference to a school that is not in the allocation is kept aside as an
 * {@code UNKNOWN_SCHOOL} problem, which blocks the run.
 *
 * <p>The two list rules of the published algorithm live here, because the phases and the checker must apply the
 * very same definition: {@link #inZoneList} and {@link #nearbyOrder}.
 */
final class Resolved {

    static final int NONE = -1;

    final DistrictInput input;
    final int n;
    final int schoolCount;
    final String[] schoolCodes;
    private final CodeTable schoolIndex;
    final int[] seats;
    final int[] reserved;
    final int[] capacity;
    final String[] tierNames;
    /** 1-based tier rank of OUTSIDE_ZONES, or 0 when the district's list has no such tier. */
    final int outsideTier;

    final String[] zoneCodes;
    final boolean[] zoneMulti;
    /** Each zone's known schools, sorted by index (= code order), for binary-search membership. */
    final int[][] zoneSchools;

    final Child[] children;
    final String[] publicIds;
    final int[] tier;
    final int[] zone;
    final int[] promotion;
    final int[] sibling;
    final int[] committeeSchool;
    final byte[] disability; // 0 none, 1 regular class, 2 special school, 3 home teaching
    /** {@link #inZoneEligible}, decided once: the phases and the checker ask for every child. */
    private final boolean[] eligible;

    final int[] prefStart;
    final int[] prefSchool;
    /**
     * Each child's nearby schools, nearest first, resolved once for every phase, the checker and the explanations:
     * child c's are positions nearbyStart[c]..nearbyStart[c + 1] of {@link #nearbyChar} (as chars, half the memory
     * of ints: a million children × 20 codes is 40 MB) or, with more than 65,535 schools, of {@link #nearbyInt}.
     */
    final int[] nearbyStart;

    private final char[] nearbyChar;
    private final int[] nearbyInt;
    /** Children in canonical order (public id, UTF-8 bytes): child index at each position. */
    final int[] byId;
    /**
     * The UTF-8 byte order, exact for the public ids (and for any id without surrogates against them): plain
     * {@code String.compareTo} when no id holds a surrogate, the code point comparison otherwise.
     */
    final Comparator<String> idOrder;

    final List<DistrictViolation> problems = new ArrayList<>();

    static final byte REGULAR = 1;
    static final byte SPECIAL = 2;
    static final byte HOME = 3;

    /**
     * The last input resolved, weakly held. A publication resolves the same input up to three times in a row (the
     * run, the explanations' index, a re-check); a {@link DistrictInput} is deeply immutable and a Resolved is never
     * changed after its constructor, so the same instance gives the same indices — reusing it changes nothing but
     * the time (~0.7 s for a million children). Compared by identity: another, equal input is resolved again.
     */
    private static volatile WeakReference<Resolved> last = new WeakReference<>(null);

    /** {@code new Resolved(input)}, or the last one when it was made for this very input instance. */
    static Resolved of(DistrictInput input) {
        Resolved known = last.get();
        if (known != null && known.input == input) {
            return known;
        }
        return resolve(input);
    }

    /**
     * {@code new Resolved(input)}, remembered for {@link #of}: a run always resolves its input afresh (so running the
     * same instance twice costs what a season's run costs), the index and the checker after it may reuse it.
     */
    static Resolved resolve(DistrictInput input) {
        Resolved made = new Resolved(input);
        last = new WeakReference<>(made);
        return made;
    }

    Resolved(DistrictInput input) {
        this.input = input;
        List<SchoolSeats> schools = new ArrayList<>(input.schools());
        schools.sort((a, b) -> Digests.BY_UTF8_BYTES.compare(a.schoolCode(), b.schoolCode()));
        schoolCount = schools.size();
        schoolCodes = new String[schoolCount];
        schoolIndex = new CodeTable(schoolCount);
        seats = new int[schoolCount];
        reserved = new int[schoolCount];
        capacity = new int[schoolCount];
        for (int s = 0; s < schoolCount; s++) {
            SchoolSeats school = schools.get(s);
            String code = school.schoolCode();
            if (code == null || code.isEmpty()) {
                throw new IllegalArgumentException("a school has no code");
            }
            if (!schoolIndex.put(code, s)) {
                throw new IllegalArgumentException("school " + code + " appears twice");
            }
            if (school.seats() < 0 || school.reservedSeats() < 0 || school.reservedSeats() > school.seats()) {
                throw new IllegalArgumentException("school " + code + " has " + school.seats() + " seats and "
                        + school.reservedSeats() + " reserved: need 0 <= reserved <= seats");
            }
            schoolCodes[s] = code;
            seats[s] = school.seats();
            reserved[s] = school.reservedSeats();
            capacity[s] = school.capacity();
        }

        tierNames = input.tiers().toArray(new String[0]);
        int outside = input.tiers().indexOf("OUTSIDE_ZONES");
        outsideTier = outside + 1;

        List<Zone> zones = new ArrayList<>(input.zones());
        zones.sort((a, b) -> Digests.BY_UTF8_BYTES.compare(a.zoneCode(), b.zoneCode()));
        zoneCodes = new String[zones.size()];
        zoneMulti = new boolean[zones.size()];
        zoneSchools = new int[zones.size()][];
        CodeTable zoneIndex = new CodeTable(zones.size());
        for (int z = 0; z < zones.size(); z++) {
            Zone zone = zones.get(z);
            if (zone.zoneCode() == null || !zoneIndex.put(zone.zoneCode(), z)) {
                throw new IllegalArgumentException("zone " + zone.zoneCode() + " appears twice or has no code");
            }
            zoneCodes[z] = zone.zoneCode();
            zoneMulti[z] = zone.type() == ZoneType.MULTI;
            int[] members = new int[zone.schoolCodes().size()];
            int count = 0;
            for (String code : zone.schoolCodes()) {
                int s = school(code);
                if (s == NONE) {
                    problems.add(new DistrictViolation(
                            "UNKNOWN_SCHOOL", zone.zoneCode(), "zone school " + code + " is not in the allocation"));
                } else {
                    members[count++] = s;
                }
            }
            members = Arrays.copyOf(members, count);
            Arrays.sort(members);
            zoneSchools[z] = members;
        }

        children = input.children().toArray(new Child[0]);
        n = children.length;
        publicIds = new String[n];
        tier = new int[n];
        zone = new int[n];
        promotion = new int[n];
        sibling = new int[n];
        committeeSchool = new int[n];
        disability = new byte[n];
        eligible = new boolean[n];
        prefStart = new int[n + 1];
        int prefs = 0;
        long nearbyCount = 0;
        for (Child child : children) {
            prefs += child.preferences().size();
            nearbyCount += child.nearbySchools().size();
        }
        if (nearbyCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the children list " + nearbyCount + " nearby schools in all, more than "
                    + "one allocation can hold; list the nearest ones only");
        }
        nearbyStart = new int[n + 1];
        boolean narrow = schoolCount <= Character.MAX_VALUE + 1;
        char[] nearChar = narrow ? new char[(int) nearbyCount] : null;
        int[] nearInt = narrow ? null : new int[(int) nearbyCount];
        int near = 0;
        ListCodes lists = new ListCodes();
        int[] prefSchools = new int[prefs];
        prefs = 0;
        for (int c = 0; c < n; c++) {
            Child child = children[c];
            publicIds[c] = child.publicId();
            if (child.tierRank() < 1 || child.tierRank() > tierNames.length) {
                throw new IllegalArgumentException("child " + child.publicId() + " has tier rank " + child.tierRank()
                        + ", the district has tiers 1.." + tierNames.length);
            }
            tier[c] = child.tierRank();
            zone[c] = NONE;
            if (child.zoneCode() != null) {
                int z = zoneIndex.get(child.zoneCode());
                if (z == NONE) {
                    problems.add(new DistrictViolation(
                            "UNKNOWN_SCHOOL", child.publicId(), "zone " + child.zoneCode() + " is not in the input"));
                } else {
                    zone[c] = z;
                }
            }
            eligible[c] = zone[c] != NONE && !child.warningPeriodArrival() && tier[c] != outsideTier;
            promotion[c] = reference(child.promotionSchoolCode(), child, "direct-promotion school");
            // An older sibling's school outside this allocation simply does not apply here.
            sibling[c] = child.siblingSchoolCode() == null ? NONE : school(child.siblingSchoolCode());
            committeeSchool[c] = NONE;
            if (child.disability() != null) {
                DisabilityPlacement placement = child.disability().placement();
                if (placement == null) {
                    throw new IllegalArgumentException(
                            "child " + child.publicId() + " has a disability decision " + "without a placement");
                }
                disability[c] = switch (placement) {
                    case REGULAR_CLASS -> REGULAR;
                    case SPECIAL_SCHOOL -> SPECIAL;
                    case HOME_TEACHING -> HOME;
                };
                if (placement == DisabilityPlacement.REGULAR_CLASS) {
                    committeeSchool[c] = reference(child.disability().schoolCode(), child, "committee school");
                }
            }
            prefStart[c] = prefs;
            List<String> preferences = child.preferences();
            for (int i = 0, size = preferences.size(); i < size; i++) {
                int s = lists.school(preferences, i);
                if (s == NONE) {
                    reference(preferences.get(i), child, "preferred school");
                } else {
                    prefSchools[prefs++] = s;
                }
            }
            // A nearby code that is not a school of the allocation is skipped: it can receive nobody, so skipping it
            // changes no placement.
            nearbyStart[c] = near;
            List<String> nearby = child.nearbySchools();
            for (int i = 0, size = nearby.size(); i < size; i++) {
                int s = lists.school(nearby, i);
                if (s != NONE) {
                    if (narrow) {
                        nearChar[near++] = (char) s;
                    } else {
                        nearInt[near++] = s;
                    }
                }
            }
        }
        prefStart[n] = prefs;
        nearbyStart[n] = near;
        nearbyChar = nearChar == null || near == nearChar.length ? nearChar : Arrays.copyOf(nearChar, near);
        nearbyInt = nearInt == null || near == nearInt.length ? nearInt : Arrays.copyOf(nearInt, near);
        prefSchool = prefs == prefSchools.length ? prefSchools : Arrays.copyOf(prefSchools, prefs);
        idOrder = withoutSurrogates(publicIds) ? Comparator.naturalOrder() : Digests.BY_UTF8_BYTES;
        byId = canonicalOrder(publicIds, idOrder);
    }

    /** The school at position p of {@link #nearbyStart}'s flat list. */
    int nearbyAt(int p) {
        return nearbyChar != null ? nearbyChar[p] : nearbyInt[p];
    }

    /** Child c's nearby schools as indices, nearest first (a copy; the hot loops walk {@link #nearbyAt} instead). */
    int[] nearby(int c) {
        int from = nearbyStart[c];
        int[] out = new int[nearbyStart[c + 1] - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = nearbyAt(from + i);
        }
        return out;
    }

    int school(String code) {
        return schoolIndex.get(code);
    }

    private int reference(String code, Child child, String what) {
        if (code == null) {
            return NONE;
        }
        int s = school(code);
        if (s == NONE) {
            problems.add(new DistrictViolation(
                    "UNKNOWN_SCHOOL", child.publicId(), what + " " + code + " is not in the allocation"));
        }
        return s;
    }

    /** Whether the in-zone phase applies to child c: a known zone, not a warning-period arrival, not outside. */
    boolean inZoneEligible(int c) {
        return eligible[c];
    }

    boolean inZone(int z, int s) {
        int[] members = zoneSchools[z];
        if (members.length <= 8) {
            // A zone has a handful of schools: a scan beats the search's branches (asked ~5 times per child).
            for (int member : members) {
                if (member == s) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(members, s) >= 0;
    }

    /**
     * Writes child c's in-zone list into {@code out} from {@code from} and returns the new end: a single-school
     * zone: its school(s); a multi-school zone: the parents' choices that belong to the zone, first choice first,
     * then the zone's other schools nearest first ({@link #nearbyOrder}). {@code stamp} is scratch of one int per
     * school, {@code mark} a value not yet used in it (e.g. c + 1 for a fresh array); with a null stamp the list
     * itself is searched (fine for one child: a zone has a handful of schools).
     */
    int inZoneList(int c, int[] out, int from, int[] stamp, int mark) {
        return inZoneList(c, out, from, stamp, mark, NONE);
    }

    /**
     * {@link #inZoneList(int, int[], int, int[], int)} that stops right after school {@code stop} ({@link #NONE}: the
     * whole list): the explanation of a child admitted at its first choices needs no distance order.
     */
    int inZoneList(int c, int[] out, int from, int[] stamp, int mark, int stop) {
        int z = zone[c];
        int end = from;
        int[] members = zoneSchools[z];
        if (zoneMulti[z]) {
            for (int p = prefStart[c]; p < prefStart[c + 1]; p++) {
                int s = prefSchool[p];
                if (inZone(z, s) && fresh(s, out, from, end, stamp, mark)) {
                    out[end++] = s;
                    if (s == stop) {
                        return end;
                    }
                }
            }
        }
        if (end - from == members.length) {
            return end;
        }
        if (members.length - (end - from) == 1) {
            // One zone school left (always so in a single-school zone): no distance order to look up.
            for (int s : members) {
                if (fresh(s, out, from, end, stamp, mark)) {
                    out[end++] = s;
                    return end;
                }
            }
        }
        for (int p = nearbyStart[c], to = nearbyStart[c + 1]; p < to; p++) {
            if (end - from == members.length) {
                break;
            }
            int s = nearbyAt(p);
            if (inZone(z, s) && fresh(s, out, from, end, stamp, mark)) {
                out[end++] = s;
                if (s == stop) {
                    return end;
                }
            }
        }
        for (int i = 0; i < members.length && end - from < members.length; i++) {
            if (fresh(members[i], out, from, end, stamp, mark)) {
                out[end++] = members[i];
                if (members[i] == stop) {
                    return end;
                }
            }
        }
        return end;
    }

    /** Whether s is not yet in out[from..end); marks it in stamp when it is not (so call it only to add s). */
    private static boolean fresh(int s, int[] out, int from, int end, int[] stamp, int mark) {
        if (stamp != null) {
            if (stamp[s] == mark) {
                return false;
            }
            stamp[s] = mark;
            return true;
        }
        for (int i = from; i < end; i++) {
            if (out[i] == s) {
                return false;
            }
        }
        return true;
    }

    /** The length of child c's in-zone list (0 when not eligible). */
    int inZoneLength(int c) {
        return inZoneEligible(c) ? zoneSchools[zone[c]].length : 0;
    }

    /**
     * Every school in child c's distance order: its {@code nearbySchools} (known ones, first occurrence), then the
     * schools it does not list in code order. Returns the whole list; used by the explanations and the checker
     * for the few children who reach the end of a nearby list.
     */
    int[] nearbyOrder(int c) {
        int[] out = new int[schoolCount];
        boolean[] seen = new boolean[schoolCount];
        int end = 0;
        for (int p = nearbyStart[c]; p < nearbyStart[c + 1]; p++) {
            int s = nearbyAt(p);
            if (!seen[s]) {
                seen[s] = true;
                out[end++] = s;
            }
        }
        for (int s = 0; s < schoolCount; s++) {
            if (!seen[s]) {
                out[end++] = s;
            }
        }
        return out;
    }

    /** Child c's zone schools in distance order (nearby first, then code order); empty without a known zone. */
    int[] zoneByDistance(int c) {
        if (zone[c] == NONE) {
            return new int[0];
        }
        int z = zone[c];
        int[] members = zoneSchools[z];
        int[] out = new int[members.length];
        int end = 0;
        boolean[] seen = new boolean[schoolCount];
        for (int p = nearbyStart[c]; p < nearbyStart[c + 1]; p++) {
            int s = nearbyAt(p);
            if (!seen[s] && inZone(z, s)) {
                seen[s] = true;
                out[end++] = s;
            }
        }
        for (int s : members) {
            if (!seen[s]) {
                seen[s] = true;
                out[end++] = s;
            }
        }
        return out;
    }

    /** Positions sorted by public id (UTF-8 bytes); identity when the input already is, which is checked first. */
    private static int[] canonicalOrder(String[] ids, Comparator<String> byBytes) {
        int n = ids.length;
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = byBytes.compare(ids[i - 1], ids[i]) < 0;
        }
        int[] order = new int[n];
        if (sorted) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> byBytes.compare(ids[a], ids[b]));
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
            if (i > 0 && ids[boxed[i]].equals(ids[boxed[i - 1]])) {
                throw new IllegalArgumentException("public id appears twice: " + ids[boxed[i]]);
            }
        }
        return order;
    }

    /**
     * Element i of a child's list as a school index ({@link #NONE} when not a school of the allocation). A
     * {@link CodeList} read from a text gives positions in its table; the table is mapped to school indices once
     * (a few thousand look-ups), then every element costs one array read: a million children list ~23 million codes.
     */
    private final class ListCodes {
        private CodeList.Codes mapped;
        private int[] schoolAt;

        int school(List<String> list, int i) {
            if (list instanceof CodeList codes) {
                if (codes.codes != mapped) {
                    mapped = codes.codes;
                    schoolAt = new int[mapped.size()];
                    for (int p = 0; p < schoolAt.length; p++) {
                        schoolAt[p] = Resolved.this.school(mapped.code(p));
                    }
                }
                return schoolAt[codes.position(i)];
            }
            return Resolved.this.school(list.get(i));
        }
    }

    /**
     * Codes to indices without boxing: open addressing over the codes' cached {@code String.hashCode}; a million
     * children's references are looked up here when the input is resolved.
     */
    private static final class CodeTable {
        private final String[] keys;
        private final int[] values;
        private final int mask;
        private final int shift;

        CodeTable(int expected) {
            int size = Integer.highestOneBit(Math.max(4, expected * 2 + 1)) << 1;
            keys = new String[size];
            values = new int[size];
            mask = size - 1;
            shift = Integer.numberOfLeadingZeros(size) + 1;
        }

        /** Adds code → value; false when the code is there already. */
        boolean put(String code, int value) {
            int i = slot(code);
            if (keys[i] != null) {
                return false;
            }
            keys[i] = code;
            values[i] = value;
            return true;
        }

        int get(String code) {
            if (code == null) {
                return NONE;
            }
            int i = slot(code);
            return keys[i] == null ? NONE : values[i];
        }

        private int slot(String code) {
            // Fibonacci hashing: codes like SCH00000..SCH02999 have near-consecutive String hashes, which a plain
            // mask would pack into long runs for the linear probe.
            int i = (code.hashCode() * 0x9E3779B9) >>> shift;
            while (keys[i] != null && !keys[i].equals(code)) {
                i = (i + 1) & mask;
            }
            return i;
        }
    }

    /** Whether no id holds a surrogate: then UTF-16 unit order ({@code String.compareTo}) is UTF-8 byte order. */
    private static boolean withoutSurrogates(String[] ids) {
        for (String id : ids) {
            for (int i = 0, length = id.length(); i < length; i++) {
                if (Character.isSurrogate(id.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The priority of a child as one comparable number, smaller = better: tier first, then lottery rank. */
    static long key(int tierRank, int lotteryRank) {
        return ((long) tierRank << 32) | lotteryRank;
    }
}
