package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.Disability;
import cn.baishan.enrollment.allocation.district.DistrictInput.DisabilityPlacement;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import cn.baishan.enrollment.allocation.lottery.Digests;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The canonical UTF-8 text of a {@link DistrictInput}, and back; its SHA-256 is the input digest. Layout (README,
 * "Canonical texts"): one record per line, fields separated by TAB, every line ended by LF, {@code -} for a null
 * or empty field, lists comma-joined, sections in a fixed order and each sorted by its key:
 *
 * <pre>
 * baishan-allocation-input  v1
 * district  &lt;districtCode&gt;
 * year      &lt;enrollmentYear&gt;
 * stage     &lt;stage&gt;
 * tier      &lt;rank 1..k&gt;  &lt;name&gt;                                  (rank order)
 * school    &lt;code&gt;  &lt;seats&gt;  &lt;reservedSeats&gt;                      (by code)
 * zone      &lt;code&gt;  SINGLE|MULTI  &lt;schoolCodes&gt;                     (by code)
 * child     &lt;publicId&gt; &lt;tierRank&gt; &lt;zone&gt; &lt;preferences&gt; &lt;warning 0|1&gt; &lt;sibling&gt; &lt;promotion&gt;
 *           &lt;disability placement&gt; &lt;disability school&gt; &lt;nearbySchools&gt;           (by public id)
 * </pre>
 *
 * <p>{@link #read} accepts exactly the texts {@link #write} produces (so one input has one text and one digest):
 * anything else is an {@link IllegalArgumentException} naming the line.
 */
public final class DistrictInputText {

    static final String HEADER = "baishan-allocation-input\tv1";
    private static final Comparator<String> ORDER = Digests.BY_UTF8_BYTES;

    private DistrictInputText() {}

    public static String write(DistrictInput input) {
        TextSink sink = TextSink.toText();
        write(input, sink);
        return sink.text();
    }

    public static String digest(DistrictInput input) {
        TextSink sink = TextSink.toDigest();
        write(input, sink);
        return sink.digestHex();
    }

    /** SHA-256 (lowercase hex) of a text as published; for a canonical text it equals {@link #digest}. */
    public static String digest(String text) {
        return Digests.sha256Hex(text);
    }

    private static void write(DistrictInput input, TextSink out) {
        out.append(HEADER).endLine();
        out.append("district\t")
                .append(code(input.districtCode(), "district code"))
                .endLine();
        out.append("year\t").append(input.enrollmentYear()).endLine();
        out.append("stage\t").append(code(input.stage(), "stage")).endLine();
        for (int t = 0; t < input.tiers().size(); t++) {
            out.append("tier\t")
                    .append(t + 1)
                    .append('\t')
                    .append(code(input.tiers().get(t), "tier name"))
                    .endLine();
        }
        List<SchoolSeats> schools = new ArrayList<>(input.schools());
        schools.sort(Comparator.comparing(SchoolSeats::schoolCode, ORDER));
        for (SchoolSeats s : schools) {
            out.append("school\t")
                    .append(code(s.schoolCode(), "school code"))
                    .append('\t')
                    .append(s.seats())
                    .append('\t')
                    .append(s.reservedSeats())
                    .endLine();
        }
        List<Zone> zones = new ArrayList<>(input.zones());
        zones.sort(Comparator.comparing(Zone::zoneCode, ORDER));
        for (Zone z : zones) {
            out.append("zone\t")
                    .append(code(z.zoneCode(), "zone code"))
                    .append('\t')
                    .append(z.type().name())
                    .append('\t');
            list(z.schoolCodes(), out);
            out.endLine();
        }
        for (Child c : sortedById(input.children())) {
            writeChild(c, out);
        }
    }

    /** The children by public id; the list itself when already in that order (the usual case: read from a text). */
    static List<Child> sortedById(List<Child> children) {
        for (int i = 1; i < children.size(); i++) {
            if (ORDER.compare(children.get(i - 1).publicId(), children.get(i).publicId()) >= 0) {
                List<Child> sorted = new ArrayList<>(children);
                sorted.sort(Comparator.comparing(Child::publicId, ORDER));
                return sorted;
            }
        }
        return children;
    }

    private static void writeChild(Child c, TextSink out) {
        Disability d = c.disability();
        out.append("child\t")
                .append(code(c.publicId(), "public id")) // unique per child: not worth the code cache
                .append('\t')
                .append(c.tierRank())
                .append('\t')
                .append(nullable(c.zoneCode()))
                .append('\t');
        list(c.preferences(), out);
        out.append('\t')
                .append(c.warningPeriodArrival() ? '1' : '0')
                .append('\t')
                .append(nullable(c.siblingSchoolCode()))
                .append('\t')
                .append(nullable(c.promotionSchoolCode()))
                .append('\t')
                .append(d == null ? "-" : d.placement().name())
                .append('\t')
                .append(d == null ? "-" : nullable(d.schoolCode()))
                .append('\t');
        list(c.nearbySchools(), out);
        out.endLine();
    }

    /**
     * A field value must survive the round trip: not null, not empty, not {@code -} (the null marker), and free of
     * TAB, LF, CR and the list separator {@code ,}.
     */
    static String code(String value, String what) {
        if (value == null || value.isEmpty() || value.equals("-")) {
            throw new IllegalArgumentException(what + " must be a non-empty text other than '-', got " + value);
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\t' || ch == '\n' || ch == '\r' || ch == ',') {
                throw new IllegalArgumentException(what + " must not contain TAB, LF, CR or ',': " + value.strip());
            }
        }
        return value;
    }

    private static String nullable(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        return code(value, "field");
    }

    /** A nullable field: {@code -} for null or empty, else the checked value. */
    private static void nullable(String value, TextSink out) {
        if (value == null || value.isEmpty()) {
            out.append('-');
        } else {
            out.appendCode(value, "field");
        }
    }

    private static void list(List<String> values, TextSink out) {
        if (values.isEmpty()) {
            out.append('-');
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.appendCode(values.get(i), "list element");
        }
    }

    public static DistrictInput read(String text) {
        if (text == null) {
            throw new IllegalArgumentException("the input text is missing");
        }
        return new Parser(new StringReader(text)).parse();
    }

    /**
     * Reads a canonical text from a stream of its characters (e.g. a UTF-8 file), line by line, so a million
     * children's text (~250 MB) is never held whole: only the input it describes is.
     *
     * @throws UncheckedIOException when the reader fails
     */
    public static DistrictInput read(Reader text) {
        return new Parser(Objects.requireNonNull(text, "text")).parse();
    }

    /** Writes the canonical text to a stream of characters (flushed, not closed). */
    public static void write(DistrictInput input, Writer out) {
        TextSink sink = TextSink.toWriter(out);
        write(input, sink);
        sink.flush();
    }

    /** A strict line reader: every deviation from the canonical form names its 1-based line. */
    private static final class Parser {
        private final Reader text;
        private final char[] buffer = new char[1 << 16];
        private int pos;
        private int end;
        private final StringBuilder pending = new StringBuilder();
        private int lineNo;
        private String line;
        // One String per distinct code, so a million children's preferences share a few thousand strings.
        private final Map<String, String> codes = new HashMap<>();
        // The codes of the children's lists by position (the schools first, in code order): each list is a CodeList.
        private final CodeList.Codes listCodes = new CodeList.Codes();
        private final Map<String, Integer> positionOf = new HashMap<>();
        private final CodeList.Slabs slabs = new CodeList.Slabs();
        private char[] positions = new char[64];

        Parser(Reader text) {
            this.text = text;
        }

        private boolean next() {
            pending.setLength(0);
            while (true) {
                if (pos == end && !fill()) {
                    if (pending.length() == 0) {
                        line = null;
                        return false;
                    }
                    lineNo++;
                    throw fail("the last line does not end with LF");
                }
                int from = pos;
                while (pos < end && buffer[pos] != '\n') {
                    pos++;
                }
                if (pos < end) {
                    line = pending.length() == 0
                            ? new String(buffer, from, pos - from)
                            : pending.append(buffer, from, pos - from).toString();
                    pos++;
                    lineNo++;
                    if (line.indexOf('\r') >= 0) {
                        throw fail("CR is not allowed (lines end with LF only)");
                    }
                    return true;
                }
                pending.append(buffer, from, pos - from);
            }
        }

        private boolean fill() {
            try {
                int read = text.read(buffer, 0, buffer.length);
                pos = 0;
                end = Math.max(read, 0);
                return read > 0;
            } catch (IOException e) {
                throw new UncheckedIOException("reading the input text failed", e);
            }
        }

        private IllegalArgumentException fail(String why) {
            return new IllegalArgumentException("input text line " + lineNo + ": " + why);
        }

        private String[] fields(String tag, int count) {
            String[] f = line.split("\t", -1);
            if (!f[0].equals(tag)) {
                throw fail("expected a '" + tag + "' line, got '" + f[0] + "'");
            }
            if (f.length != count + 1) {
                throw fail("a '" + tag + "' line has " + count + " fields after the tag, got " + (f.length - 1));
            }
            return f;
        }

        private String tagOf() {
            int tab = line.indexOf('\t');
            return tab < 0 ? line : line.substring(0, tab);
        }

        /** A required value, one String per distinct code. */
        private String value(String raw, String what) {
            return codes.computeIfAbsent(checked(raw, what), k -> k);
        }

        private String checked(String raw, String what) {
            if (raw.isEmpty() || raw.equals("-")) {
                throw fail(what + " is required");
            }
            if (raw.indexOf(',') >= 0) {
                throw fail(what + " must not contain ','");
            }
            return raw;
        }

        private String nullable(String raw, String what) {
            if (raw.equals("-")) {
                return null;
            }
            return value(raw, what);
        }

        private List<String> list(String raw, String what) {
            if (raw.equals("-")) {
                return List.of();
            }
            if (raw.isEmpty()) {
                throw fail(what + ": an empty list is written '-'");
            }
            String[] parts = raw.split(",", -1);
            if (positions.length < parts.length) {
                positions = new char[Math.max(parts.length, 2 * positions.length)];
            }
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty() || parts[i].equals("-")) {
                    throw fail(what + ": element " + (i + 1) + " is empty");
                }
                int at = position(parts[i]);
                if (at < 0) {
                    return plainList(parts); // more distinct codes than a CodeList can number
                }
                positions[i] = (char) at;
            }
            return slabs.list(listCodes, positions, parts.length);
        }

        /** The code's position in {@link #listCodes}, added when new; -1 when the table is full. */
        private int position(String raw) {
            Integer known = positionOf.get(raw);
            if (known != null) {
                return known;
            }
            int at = listCodes.add(codes.computeIfAbsent(raw, k -> k));
            if (at >= 0) {
                positionOf.put(listCodes.code(at), at);
            }
            return at;
        }

        private List<String> plainList(String[] parts) {
            String[] out = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = codes.computeIfAbsent(parts[i], k -> k);
            }
            return List.of(out);
        }

        private int number(String raw, String what, int min) {
            if (!canonicalInteger(raw)) {
                throw fail(what + " must be a decimal integer without leading zeros, got '" + raw + "'");
            }
            long v = Long.parseLong(raw);
            if (v < min || v > Integer.MAX_VALUE) {
                throw fail(what + " must be at least " + min + ", got " + raw);
            }
            return (int) v;
        }

        /** 0, or an optional '-' and 1 to 10 digits not starting with 0 (so one number has one text). */
        private static boolean canonicalInteger(String raw) {
            if (raw.equals("0")) {
                return true;
            }
            int start = raw.startsWith("-") ? 1 : 0;
            int digits = raw.length() - start;
            if (digits < 1 || digits > 10 || raw.charAt(start) == '0') {
                return false;
            }
            for (int i = start; i < raw.length(); i++) {
                if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, String raw, String what) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(raw)) {
                    return e;
                }
            }
            throw fail(what + " must be one of " + List.of(type.getEnumConstants()) + ", got '" + raw + "'");
        }

        private void ascending(String previous, String key, String what) {
            if (previous != null && ORDER.compare(previous, key) >= 0) {
                throw fail(what + " " + key + " is out of order or repeated (sections are sorted by UTF-8 bytes)");
            }
        }

        DistrictInput parse() {
            if (!next() || !line.equals(HEADER)) {
                lineNo = Math.max(lineNo, 1);
                throw fail("the first line must be '" + HEADER.replace("\t", "<TAB>") + "'");
            }
            require("district");
            String district = value(fields("district", 1)[1], "district code");
            require("year");
            int year = number(fields("year", 1)[1], "year", Integer.MIN_VALUE);
            require("stage");
            String stage = value(fields("stage", 1)[1], "stage");
            List<String> tiers = new ArrayList<>();
            List<SchoolSeats> schools = new ArrayList<>();
            List<Zone> zones = new ArrayList<>();
            List<Child> children = new ArrayList<>();
            boolean more = next();
            while (more && tagOf().equals("tier")) {
                String[] f = fields("tier", 2);
                int rank = number(f[1], "tier rank", 1);
                if (rank != tiers.size() + 1) {
                    throw fail("tier ranks run 1, 2, 3, … in order: expected " + (tiers.size() + 1) + ", got " + rank);
                }
                tiers.add(value(f[2], "tier name"));
                more = next();
            }
            String previous = null;
            while (more && tagOf().equals("school")) {
                String[] f = fields("school", 3);
                String code = value(f[1], "school code");
                ascending(previous, code, "school");
                previous = code;
                position(code); // the schools take the first positions, so a list's positions are school indices
                schools.add(new SchoolSeats(code, number(f[2], "seats", 0), number(f[3], "reserved seats", 0)));
                more = next();
            }
            previous = null;
            while (more && tagOf().equals("zone")) {
                String[] f = fields("zone", 3);
                String code = value(f[1], "zone code");
                ascending(previous, code, "zone");
                previous = code;
                zones.add(new Zone(code, enumValue(ZoneType.class, f[2], "zone type"), list(f[3], "zone schools")));
                more = next();
            }
            previous = null;
            while (more && tagOf().equals("child")) {
                String[] f = fields("child", 10);
                String id = checked(f[1], "public id"); // unique per child: not kept in the table of codes
                ascending(previous, id, "child");
                previous = id;
                if (!f[5].equals("0") && !f[5].equals("1")) {
                    throw fail("warning-period arrival is 0 or 1, got '" + f[5] + "'");
                }
                Disability disability = null;
                if (f[8].equals("-")) {
                    if (!f[9].equals("-")) {
                        throw fail("a disability school without a placement");
                    }
                } else {
                    disability = new Disability(
                            enumValue(DisabilityPlacement.class, f[8], "disability placement"),
                            nullable(f[9], "disability school"));
                }
                children.add(new Child(
                        id,
                        number(f[2], "tier rank", 1),
                        nullable(f[3], "zone code"),
                        list(f[4], "preferences"),
                        f[5].equals("1"),
                        nullable(f[6], "sibling school"),
                        nullable(f[7], "promotion school"),
                        disability,
                        list(f[10], "nearby schools")));
                more = next();
            }
            if (more) {
                throw fail("unexpected '" + tagOf() + "' line (order: header, district, year, stage, tier, school, "
                        + "zone, child)");
            }
            return new DistrictInput(district, stage, year, tiers, schools, zones, children);
        }

        private void require(String tag) {
            if (!next()) {
                lineNo++;
                throw fail("missing the '" + tag + "' line");
            }
        }
    }
}
