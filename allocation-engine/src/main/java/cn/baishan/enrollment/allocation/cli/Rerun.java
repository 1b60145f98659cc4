package cn.baishan.enrollment.allocation.cli;

import cn.baishan.enrollment.allocation.district.DistrictAllocation;
import cn.baishan.enrollment.allocation.district.DistrictInput;
import cn.baishan.enrollment.allocation.district.DistrictInputText;
import cn.baishan.enrollment.allocation.district.DistrictResult;
import cn.baishan.enrollment.allocation.district.DistrictResultText;
import cn.baishan.enrollment.allocation.lottery.Commitment;
import cn.baishan.enrollment.allocation.lottery.Digests;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The citizens' re-run tool (README, "Re-run a published allocation"): reads the published input text and the
 * revealed seed, checks the seed against the published commitment, runs the very allocation the district ran and
 * writes the result text; with {@code --expect} it compares that text byte for byte with the published result.
 *
 * <pre>
 * java -jar allocation-engine-&lt;version&gt;.jar rerun --input input.txt --seed &lt;64 hex&gt;
 *      [--commitment &lt;64 hex&gt;] [--expect result.txt] [--output mine.txt]
 * </pre>
 *
 * Exit codes: 0 = reproduced (seed matches the commitment, result identical when expected), 1 = not reproduced (the
 * seed does not match the commitment, or the result differs; the first differing line is named), 2 = bad usage or
 * an unreadable / malformed file. The result text goes to standard output unless {@code --output} is given;
 * messages, in Chinese and English, go to standard error.
 */
public final class Rerun {

    public static final int OK = 0;
    public static final int NOT_REPRODUCED = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT =
            """
            用法 / usage:
              java -jar allocation-engine.jar rerun --input <input.txt> --seed <64位十六进制 / 64 hex>
                   [--commitment <64 hex>] [--expect <result.txt>] [--output <file>]
            退出码 / exit codes: 0 一致 / reproduced, 1 不一致 / not reproduced, 2 用法或文件错误 / bad usage or file""";

    private Rerun() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The tool without {@code System.exit}, so tests run it in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("参数错误 / bad arguments: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Seed seed;
        try {
            seed = Seed.fromHex(options.get("--seed"));
        } catch (IllegalArgumentException e) {
            err.println("种子格式错误 / the seed is not 64 hex digits: " + e.getMessage());
            return USAGE;
        }
        if (options.containsKey("--commitment")) {
            Commitment commitment;
            try {
                commitment = new Commitment(options.get("--commitment").toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("承诺值格式错误 / the commitment is not 64 hex digits: " + e.getMessage());
                return USAGE;
            }
            if (!commitment.matches(seed)) {
                err.println("种子与事先公布的承诺值不符 / the seed does not match the published commitment");
                err.println("  commitment:       " + commitment.hex());
                err.println("  SHA-256(seed):    " + seed.commitment().hex());
                return NOT_REPRODUCED;
            }
            err.println("种子与承诺值一致 / the seed matches the commitment " + commitment.hex());
        }
        String inputText;
        DistrictInput input;
        try {
            inputText = readUtf8(Path.of(options.get("--input")));
            input = DistrictInputText.read(inputText);
        } catch (IOException e) {
            err.println("无法读取输入文件 / cannot read the input file: " + e.getMessage());
            return USAGE;
        } catch (IllegalArgumentException e) {
            err.println("输入文件格式错误 / the input file is malformed: " + e.getMessage());
            return USAGE;
        }
        err.println("输入摘要 / input digest: " + Digests.sha256Hex(inputText));
        DistrictResult result;
        try {
            result = DistrictAllocation.run(inputText, seed);
        } catch (IllegalArgumentException e) {
            err.println("输入数据无效 / the input is invalid: " + e.getMessage());
            return USAGE;
        }
        String resultText = DistrictResultText.write(result);
        byte[] resultBytes = resultText.getBytes(StandardCharsets.UTF_8);
        err.println("结果摘要 / result digest: " + Digests.sha256Hex(resultBytes));
        if (!result.violations().isEmpty()) {
            err.println("注意：本次结果有 " + result.violations().size() + " 项不变量违规（不可发布） / note: the result has "
                    + result.violations().size() + " invariant violation(s) (not publishable)");
        }
        try {
            if (options.containsKey("--output")) {
                Files.write(Path.of(options.get("--output")), resultBytes);
            } else {
                out.write(resultBytes);
                out.flush();
            }
        } catch (IOException e) {
            err.println("无法写出结果 / cannot write the result: " + e.getMessage());
            return USAGE;
        }
        if (!options.containsKey("--expect")) {
            return OK;
        }
        String expected;
        try {
            expected = readUtf8(Path.of(options.get("--expect")));
        } catch (IOException e) {
            err.println("无法读取公布的结果文件 / cannot read the expected result file: " + e.getMessage());
            return USAGE;
        }
        if (expected.equals(resultText)) {
            err.println("复算结果与公布结果逐字节一致 / the re-run result is byte-for-byte identical to the published one");
            return OK;
        }
        int line = firstDifferentLine(expected, resultText);
        err.println("复算结果与公布结果不一致，第 " + line + " 行起不同 / the result differs from the published one at line " + line);
        err.println("  公布 / published: " + lineAt(expected, line));
        err.println("  复算 / re-run:    " + lineAt(resultText, line));
        return NOT_REPRODUCED;
    }

    private static Map<String, String> parse(String[] args) {
        if (args.length == 0 || !args[0].equals("rerun")) {
            throw new IllegalArgumentException("the first argument is the command 'rerun'");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            String name = args[i];
            if (!name.equals("--input")
                    && !name.equals("--seed")
                    && !name.equals("--commitment")
                    && !name.equals("--expect")
                    && !name.equals("--output")) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (options.put(name, args[i + 1]) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        if (!options.containsKey("--input") || !options.containsKey("--seed")) {
            throw new IllegalArgumentException("--input and --seed are required");
        }
        return options;
    }

    /** Strict UTF-8: a file that is not valid UTF-8 is refused rather than silently repaired. */
    private static String readUtf8(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(path + " is not valid UTF-8", e);
        }
    }

    /** 1-based number of the first line where the texts differ (a missing line counts as different). */
    static int firstDifferentLine(String a, String b) {
        int line = 1;
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return line;
            }
            if (a.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String lineAt(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line > lines.length || (line == lines.length && lines[line - 1].isEmpty())) {
            return "(无此行 / no such line)";
        }
        String l = lines[line - 1];
        return l.length() > 200 ? l.substring(0, 200) + "…" : l;
    }
}
