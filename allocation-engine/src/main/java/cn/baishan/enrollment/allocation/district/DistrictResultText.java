package cn.baishan.enrollment.allocation.district;

import cn.baishan.enrollment.allocation.district.DistrictResult.Cutoff;
import cn.baishan.enrollment.allocation.district.DistrictResult.DistrictViolation;
import cn.baishan.enrollment.allocation.district.DistrictResult.Outcome;
import cn.baishan.enrollment.allocation.district.DistrictResult.Placement;
import cn.baishan.enrollment.allocation.district.DistrictResult.Route;
import cn.baishan.enrollment.allocation.district.DistrictResult.SchoolOutcome;
import cn.baishan.enrollment.allocation.lottery.Digests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical UTF-8 text of a {@link DistrictResult}; its SHA-256 is the result digest. Layout (README,
 * "Canonical texts"), TAB-separated, LF-terminated, {@code -} for null:
 *
 * <pre>
 * baishan-allocation-result  v1
 * algorithm  &lt;algorithmVersion&gt;
 * input      &lt;inputDigest&gt;
 * seed       &lt;seedHex&gt;
 * placement  &lt;publicId&gt; &lt;lottery number, 16 hex&gt; &lt;lottery rank&gt; &lt;outcome&gt; &lt;school&gt; &lt;route&gt;   (by public id)
 * cutoff     &lt;school&gt; &lt;phase&gt; &lt;tierRank&gt; &lt;lotteryRank&gt;        (by school, then phase in run order)
 * school     &lt;code&gt; &lt;seats&gt; &lt;reserved&gt; &lt;admitted&gt; &lt;emptySeats&gt; &lt;emptyReason&gt;         (by code)
 * violation  &lt;rule&gt; &lt;subject&gt; &lt;detail&gt;                          (by rule, subject, detail)
 * </pre>
 */
public final class DistrictResultText {

    static final String HEADER = "baishan-allocation-result\tv1";
    private static final Comparator<String> ORDER = Digests.BY_UTF8_BYTES;
    private static final HexFormat HEX = HexFormat.of();

    private DistrictResultText() {}

    public static String write(DistrictResult result) {
        TextSink sink = TextSink.toText();
        write(result, sink);
        return sink.text();
    }

    public static String digest(DistrictResult result) {
        TextSink sink = TextSink.toDigest();
        write(result, sink);
        return sink.digestHex();
    }

    private static void write(DistrictResult result, TextSink out) {
        out.append(HEADER).endLine();
        out.append("algorithm\t").append(field(result.algorithmVersion())).endLine();
        out.append("input\t").append(field(result.inputDigest())).endLine();
        out.append("seed\t").append(field(result.seedHex())).endLine();
        List<Placement> placements = result.placements();
        if (!sorted(placements)) {
            placements = new ArrayList<>(placements);
            placements.sort(Comparator.comparing(Placement::publicId, ORDER));
        }
        for (Placement p : placements) {
            out.append("placement\t")
                    .append(p.publicId())
                    .append('\t')
                    .append(HEX.toHexDigits(p.lotteryNumber()))
                    .append('\t')
                    .append(p.lotteryRank())
                    .append('\t')
                    .append(p.outcome().name())
                    .append('\t')
                    .append(field(p.schoolCode()))
                    .append('\t')
                    .append(p.route() == null ? "-" : p.route().name())
                    .endLine();
        }
        List<Cutoff> cutoffs = new ArrayList<>(result.cutoffs());
        cutoffs.sort(Comparator.comparing(Cutoff::schoolCode, ORDER).thenComparing(Cutoff::phase));
        for (Cutoff c : cutoffs) {
            out.append("cutoff\t")
                    .append(c.schoolCode())
                    .append('\t')
                    .append(c.phase().name())
                    .append('\t')
                    .append(c.tierRank())
                    .append('\t')
                    .append(c.lotteryRank())
                    .endLine();
        }
        List<SchoolOutcome> schools = new ArrayList<>(result.schools());
        schools.sort(Comparator.comparing(SchoolOutcome::schoolCode, ORDER));
        for (SchoolOutcome s : schools) {
            out.append("school\t")
                    .append(s.schoolCode())
                    .append('\t')
                    .append(s.seats())
                    .append('\t')
                    .append(s.reservedSeats())
                    .append('\t')
                    .append(s.admitted())
                    .append('\t')
                    .append(s.emptySeats())
                    .append('\t')
                    .append(field(s.emptyReason()))
                    .endLine();
        }
        List<DistrictViolation> violations = new ArrayList<>(result.violations());
        violations.sort(VIOLATION_ORDER);
        for (DistrictViolation v : violations) {
            out.append("violation\t")
                    .append(field(v.rule()))
                    .append('\t')
                    .append(field(v.subject()))
                    .append('\t')
                    .append(field(v.detail()))
                    .endLine();
        }
    }

    static final Comparator<DistrictViolation> VIOLATION_ORDER = Comparator.comparing(
                    (DistrictViolation v) -> String.valueOf(v.rule()), ORDER)
            .thenComparing(v -> String.valueOf(v.subject()), ORDER)
            .thenComparing(v -> String.valueOf(v.detail()), ORDER);

    private static boolean sorted(List<Placement> placements) {
        for (int i = 1; i < placements.size(); i++) {
            if (ORDER.compare(
                            placements.get(i - 1).publicId(), placements.get(i).publicId())
                    > 0) {
                return false;
            }
        }
        return true;
    }

    /** A free text field on one line: TAB, LF and CR become spaces; null or empty becomes {@code -}. */
    private static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        if (value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Reads a result text back (for a service that stores the text and explains from it later). Strict: the
     * header, the four head lines, then sections in the order above; a malformed line is an
     * {@link IllegalArgumentException} naming it. {@code write(read(text))} gives {@code text} back for every text
     * {@link #write} produced.
     */
    public static DistrictResult read(String text) {
        if (text == null) {
            throw new IllegalArgumentException("the result text is missing");
        }
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("result text: the last line does not end with LF");
        }
        String[] lines = text.split("\n", -1);
        int count = lines.length - 1; // the split leaves "" after the final LF
        if (count < 4 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException(
                    "result text line 1: the first line must be '" + HEADER.replace("\t", "<TAB>") + "'");
        }
        String algorithm = head(lines, 1, "algorithm");
        String input = head(lines, 2, "input");
        String seed = head(lines, 3, "seed");
        List<Placement> placements = new ArrayList<>();
        List<Cutoff> cutoffs = new ArrayList<>();
        List<SchoolOutcome> schools = new ArrayList<>();
        List<DistrictViolation> violations = new ArrayList<>();
        int section = 0;
        for (int i = 4; i < count; i++) {
            String[] f = lines[i].split("\t", -1);
            int lineNo = i + 1;
            try {
                int at =
                        switch (f[0]) {
                            case "placement" -> 1;
                            case "cutoff" -> 2;
                            case "school" -> 3;
                            case "violation" -> 4;
                            default -> throw new IllegalArgumentException("unknown line '" + f[0] + "'");
                        };
                if (at < section) {
                    throw new IllegalArgumentException("'" + f[0] + "' lines come before the earlier sections' ends");
                }
                section = at;
                switch (at) {
                    case 1 -> {
                        arity(f, 6);
                        placements.add(new Placement(
                                f[1],
                                HexFormat.fromHexDigitsToLong(hex16(f[2])),
                                Integer.parseInt(f[3]),
                                Outcome.valueOf(f[4]),
                                dash(f[5]),
                                f[6].equals("-") ? null : Route.valueOf(f[6])));
                    }
                    case 2 -> {
                        arity(f, 4);
                        cutoffs.add(
                                new Cutoff(f[1], Route.valueOf(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
                    }
                    case 3 -> {
                        arity(f, 6);
                        schools.add(new SchoolOutcome(
                                f[1],
                                Integer.parseInt(f[2]),
                                Integer.parseInt(f[3]),
                                Integer.parseInt(f[4]),
                                Integer.parseInt(f[5]),
                                dash(f[6])));
                    }
                    default -> {
                        arity(f, 3);
                        violations.add(new DistrictViolation(dash(f[1]), dash(f[2]), dash(f[3])));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("result text line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new DistrictResult(input, seed, algorithm, placements, cutoffs, schools, violations);
    }

    private static String head(String[] lines, int i, String tag) {
        String[] f = lines[i].split("\t", -1);
        if (f.length != 2 || !f[0].equals(tag)) {
            throw new IllegalArgumentException("result text line " + (i + 1) + ": expected '" + tag + "<TAB>value'");
        }
        return dash(f[1]);
    }

    private static void arity(String[] f, int fields) {
        if (f.length != fields + 1) {
            throw new IllegalArgumentException(
                    "a '" + f[0] + "' line has " + fields + " fields after the tag, got " + (f.length - 1));
        }
    }

    private static String hex16(String s) {
        if (s.length() != 16) {
            throw new IllegalArgumentException("a lottery number is 16 hex digits, got '" + s + "'");
        }
        return s;
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }
}
