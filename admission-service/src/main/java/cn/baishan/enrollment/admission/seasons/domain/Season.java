package cn.baishan.enrollment.admission.seasons.domain;

import cn.baishan.enrollment.allocation.lottery.Commitment;
import cn.baishan.enrollment.allocation.lottery.Seed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One season's timeline, in the only order that keeps the lottery verifiable: the commitment to the seed is published
 * while the list is still open, the list closes (the input is frozen), the seed is revealed and checked against the
 * commitment, runs are made, one run is published. Each step is recorded with who and when, and none can be redone.
 */
public final class Season {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final UUID id;
    private final SeasonKey key;
    private String commitment;
    private Instant committedAt;
    private String committedBy;
    private Instant closedAt;
    private String closedBy;
    private String inputDigest;
    private String seedHex;
    private Instant drawnAt;
    private String drawnBy;
    private UUID publishedRunId;
    private String publishedResultDigest;
    private Instant publishedAt;
    private String publishedBy;
    private LocalDate appealDeadline;

    private Season(UUID id, SeasonKey key) {
        this.id = Objects.requireNonNull(id);
        this.key = Objects.requireNonNull(key);
    }

    /** A season nobody has acted on yet. */
    public static Season open(UUID id, SeasonKey key) {
        return new Season(id, key);
    }

    /** Rebuilds a stored season (persistence only). */
    public static Season restore(
            UUID id,
            SeasonKey key,
            String commitment,
            Instant committedAt,
            String committedBy,
            Instant closedAt,
            String closedBy,
            String inputDigest,
            String seedHex,
            Instant drawnAt,
            String drawnBy,
            UUID publishedRunId,
            String publishedResultDigest,
            Instant publishedAt,
            String publishedBy,
            LocalDate appealDeadline) {
        Season s = new Season(id, key);
        s.commitment = commitment;
        s.committedAt = committedAt;
        s.committedBy = committedBy;
        s.closedAt = closedAt;
        s.closedBy = closedBy;
        s.inputDigest = inputDigest;
        s.seedHex = seedHex;
        s.drawnAt = drawnAt;
        s.drawnBy = drawnBy;
        s.publishedRunId = publishedRunId;
        s.publishedResultDigest = publishedResultDigest;
        s.publishedAt = publishedAt;
        s.publishedBy = publishedBy;
        s.appealDeadline = appealDeadline;
        return s;
    }

    /** Step 1: the district publishes SHA-256 of the seed it holds, before the list closes. */
    public void commit(String commitmentHex, String actor, Instant at) {
        if (closedAt != null) {
            throw SeasonStepException.outOfOrder("list-closed", "名单已截止，承诺值必须在截止前公布，现在不能再公布或更改。");
        }
        if (commitment != null) {
            throw SeasonStepException.outOfOrder("commitment-exists", "本招生季已公布承诺值（" + commitment + "），承诺值公布后不能更改。");
        }
        String normalized = commitmentHex == null ? "" : commitmentHex.strip().toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(normalized).matches()) {
            throw SeasonStepException.invalid("commitment", "sha256-hex", "承诺值应为 64 位十六进制数（种子的 SHA-256）");
        }
        this.commitment = normalized;
        this.committedAt = at;
        this.committedBy = actor;
    }

    /** Whether {@link #close} may run now: checked before the (expensive) input is collected. */
    public void requireClosable() {
        if (commitment == null) {
            throw SeasonStepException.outOfOrder("commitment-missing", "尚未公布种子的承诺值：必须先公布承诺值再截止名单，否则摇号无法验证。");
        }
        if (closedAt != null) {
            throw SeasonStepException.outOfOrder("already-closed", "名单已于 " + closedAt + " 截止，不能再次截止。");
        }
    }

    /** Step 2: the list closes and the allocation input is frozen; its digest is public from now on. */
    public void close(FrozenInput input, String actor, Instant at) {
        requireClosable();
        this.inputDigest = input.digest();
        this.closedAt = at;
        this.closedBy = actor;
    }

    /** Step 3: the seed is revealed; it must be the one committed to. */
    public void draw(String revealedSeedHex, String actor, Instant at) {
        if (closedAt == null) {
            throw SeasonStepException.outOfOrder("not-closed", "名单尚未截止：必须先截止名单、固定输入，再公布种子。");
        }
        if (seedHex != null) {
            throw SeasonStepException.outOfOrder("already-drawn", "种子已于 " + drawnAt + " 公布，不能再次公布。");
        }
        Seed seed;
        try {
            seed = Seed.fromHex(revealedSeedHex == null ? "" : revealedSeedHex.strip());
        } catch (IllegalArgumentException e) {
            throw SeasonStepException.invalid("seed", "hex-64", "种子应为 64 位十六进制数（32 字节）");
        }
        if (!new Commitment(commitment).matches(seed)) {
            throw SeasonStepException.contradicts(
                    "seed-mismatch", "公布的种子与事先公布的承诺值不符（SHA-256(种子) ≠ " + commitment + "），不予接受。");
        }
        this.seedHex = seed.hex();
        this.drawnAt = at;
        this.drawnBy = actor;
    }

    /** Step 4 may run as often as staff like once the seed is out: every run of the same input gives the same result. */
    public Seed requireRunnable() {
        if (closedAt == null) {
            throw SeasonStepException.outOfOrder("not-closed", "名单尚未截止，不能运行录取计算。");
        }
        if (seedHex == null) {
            throw SeasonStepException.outOfOrder("not-drawn", "种子尚未公布，不能运行录取计算。");
        }
        return Seed.fromHex(seedHex);
    }

    /** Step 5: one checked run of this season becomes the result. */
    public void publish(AllocationRun run, LocalDate deadline, String actor, Instant at) {
        requirePublishable(run);
        this.publishedRunId = run.id();
        this.publishedResultDigest = run.resultDigest();
        this.appealDeadline = deadline;
        this.publishedAt = at;
        this.publishedBy = actor;
    }

    /** Whether {@link #publish} would accept the run: checked before the city-wide look-up records anything. */
    public void requirePublishable(AllocationRun run) {
        if (seedHex == null) {
            throw SeasonStepException.outOfOrder("not-drawn", "种子尚未公布，没有可发布的录取结果。");
        }
        if (!run.seasonId().equals(id)) {
            throw new IllegalArgumentException("run " + run.id() + " is not a run of season " + key);
        }
        if (publishedRunId != null) {
            throw SeasonStepException.outOfOrder(
                    "already-published", "本招生季已发布第 " + publishedRunId + " 次计算的结果，不能再发布其他结果。");
        }
        if (run.status() == RunStatus.BLOCKED) {
            throw SeasonStepException.outOfOrder(
                    "run-blocked", "该次计算未通过规则校验（" + run.violations().size() + " 项），不能发布。");
        }
    }

    public boolean isPublished() {
        return publishedRunId != null;
    }

    public UUID id() {
        return id;
    }

    public SeasonKey key() {
        return key;
    }

    public String commitment() {
        return commitment;
    }

    public Instant committedAt() {
        return committedAt;
    }

    public String committedBy() {
        return committedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public String inputDigest() {
        return inputDigest;
    }

    /** The revealed seed, null before the draw (never shown before: it would void the commitment). */
    public String seedHex() {
        return seedHex;
    }

    public Instant drawnAt() {
        return drawnAt;
    }

    public String drawnBy() {
        return drawnBy;
    }

    public UUID publishedRunId() {
        return publishedRunId;
    }

    public String publishedResultDigest() {
        return publishedResultDigest;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public LocalDate appealDeadline() {
        return appealDeadline;
    }
}
