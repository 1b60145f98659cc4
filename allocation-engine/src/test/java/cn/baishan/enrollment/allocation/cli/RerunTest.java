package cn.baishan.enrollment.allocation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.baishan.enrollment.allocation.district.DistrictAllocation;
import cn.baishan.enrollment.allocation.district.DistrictInput;
import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import cn.baishan.enrollment.allocation.district.DistrictInputText;
import cn.baishan.enrollment.allocation.district.DistrictResultText;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The re-run tool, run in-process on a published input: it must reproduce the library's result byte for byte. */
class RerunTest {

    private static final Seed SEED = Seed.fromHex("5eed".repeat(16));
    private static final Seed OTHER = Seed.fromHex("0bad".repeat(16));

    @TempDir
    Path dir;

    private Path input;
    private Path published;
    private String resultText;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void publish() throws IOException {
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String zone = i % 3 == 0 ? "M" : i % 3 == 1 ? "ZA" : null;
            List<String> prefs = "M".equals(zone) ? List.of(i % 2 == 0 ? "B" : "C", "B") : List.of();
            children.add(new Child(
                    "P2027-" + String.format("%012X", i * 7919L),
                    1 + i % 4,
                    zone,
                    prefs.stream().distinct().toList(),
                    i % 11 == 0,
                    i % 7 == 0 ? "A" : null,
                    null,
                    null,
                    List.of("C", "A", "B")));
        }
        DistrictInput district = new DistrictInput(
                "220602",
                "PRIMARY",
                2027,
                List.of("HUKOU_AND_PROPERTY", "PROPERTY_ONLY", "HUKOU_ONLY", "OUTSIDE_ZONES"),
                List.of(new SchoolSeats("A", 8, 1), new SchoolSeats("B", 10, 0), new SchoolSeats("C", 12, 2)),
                List.of(
                        new Zone("M", ZoneType.MULTI, List.of("B", "C")),
                        new Zone("ZA", ZoneType.SINGLE, List.of("A"))),
                children);
        input = dir.resolve("input.txt");
        Files.writeString(input, DistrictInputText.write(district), StandardCharsets.UTF_8);
        resultText = DistrictResultText.write(DistrictAllocation.run(district, SEED));
        published = dir.resolve("result.txt");
        Files.writeString(published, resultText, StandardCharsets.UTF_8);
    }

    private int rerun(String... args) {
        return Rerun.run(args, new PrintStream(out, true), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String messages() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_tool_writes_exactly_the_library_result_text_and_confirms_the_published_one() {
        int exit = rerun(
                "rerun",
                "--input",
                input.toString(),
                "--seed",
                SEED.hex(),
                "--commitment",
                SEED.commitment().hex(),
                "--expect",
                published.toString());

        assertThat(exit).as(messages()).isZero();
        assertThat(out.toByteArray()).isEqualTo(resultText.getBytes(StandardCharsets.UTF_8));
        assertThat(messages())
                .contains("逐字节一致")
                .contains("byte-for-byte identical")
                .contains("matches the commitment");
    }

    @Test
    void the_tool_can_write_the_result_to_a_file() throws IOException {
        Path mine = dir.resolve("mine.txt");

        assertThat(rerun("rerun", "--input", input.toString(), "--seed", SEED.hex(), "--output", mine.toString()))
                .isZero();
        assertThat(Files.readString(mine, StandardCharsets.UTF_8)).isEqualTo(resultText);
        assertThat(out.size()).isZero();
    }

    @Test
    void a_tampered_published_result_is_not_reproduced_and_the_line_is_named() throws IOException {
        String[] lines = resultText.split("\n", -1);
        int target = 1;
        while (!lines[target - 1].startsWith("placement\t") || !lines[target - 1].contains("ADMITTED")) {
            target++;
        }
        lines[target - 1] = lines[target - 1].replace("ADMITTED", "UNPLACED");
        Files.writeString(published, String.join("\n", lines), StandardCharsets.UTF_8);

        int exit = rerun("rerun", "--input", input.toString(), "--seed", SEED.hex(), "--expect", published.toString());

        assertThat(exit).isEqualTo(Rerun.NOT_REPRODUCED);
        assertThat(messages()).contains("第 " + target + " 行").contains("at line " + target);
    }

    @Test
    void a_seed_other_than_the_committed_one_is_refused() {
        int exit = rerun(
                "rerun",
                "--input",
                input.toString(),
                "--seed",
                OTHER.hex(),
                "--commitment",
                SEED.commitment().hex(),
                "--expect",
                published.toString());

        assertThat(exit).isEqualTo(Rerun.NOT_REPRODUCED);
        assertThat(messages()).contains("does not match the published commitment");
        assertThat(out.size()).as("no result from a wrong seed").isZero();
    }

    @Test
    void another_seed_without_a_commitment_gives_another_result() {
        int exit = rerun("rerun", "--input", input.toString(), "--seed", OTHER.hex(), "--expect", published.toString());

        assertThat(exit).isEqualTo(Rerun.NOT_REPRODUCED);
        assertThat(messages()).contains("differs from the published one at line 4"); // the seed line
    }

    @Test
    void bad_usage_and_bad_files_exit_with_2() throws IOException {
        assertThat(rerun()).isEqualTo(Rerun.USAGE);
        assertThat(rerun("rerun", "--input", input.toString())).isEqualTo(Rerun.USAGE);
        assertThat(rerun("rerun", "--input", input.toString(), "--seed", "xyz")).isEqualTo(Rerun.USAGE);
        assertThat(rerun("rerun", "--input", input.toString(), "--seed", SEED.hex(), "--colour", "red"))
                .isEqualTo(Rerun.USAGE);
        assertThat(rerun("rerun", "--input", dir.resolve("missing.txt").toString(), "--seed", SEED.hex()))
                .isEqualTo(Rerun.USAGE);
        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, Files.readString(input).replace("year\t2027", "year\tlast"));
        assertThat(rerun("rerun", "--input", broken.toString(), "--seed", SEED.hex()))
                .isEqualTo(Rerun.USAGE);
        assertThat(messages()).contains("line 3").contains("用法 / usage");
    }
}
