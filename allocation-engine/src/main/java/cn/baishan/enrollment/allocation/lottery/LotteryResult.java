package cn.baishan.enrollment.allocation.lottery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** A draw's outcome: every application's number and rank, in rank order, with the digests a run records. */
public final class LotteryResult {

    private final Seed seed;
    private final List<LotteryEntry> entries;
    private volatile Map<String, LotteryEntry> byId;

    LotteryResult(Seed seed, List<LotteryEntry> entriesInRankOrder) {
        this.seed = seed;
        this.entries = List.copyOf(entriesInRankOrder);
    }

    public Seed seed() {
        return seed;
    }

    public String algorithmVersion() {
        return LotteryDraw.ALGORITHM_VERSION;
    }

    /** Rank 1 first. */
    public List<LotteryEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public LotteryEntry entry(String publicId) {
        var entry = byId().get(publicId);
        if (entry == null) {
            throw new NoSuchElementException("not in this draw: " + publicId);
        }
        return entry;
    }

    /**
     * The rank is what an {@code AllocationProblem} takes as the lottery value: small is better, distinct, and
     * free of the unsigned/signed pitfall of the raw number.
     */
    public int rankOf(String publicId) {
        return entry(publicId).rank();
    }

    /**
     * The {@code lottery} array of an {@code AllocationProblem} whose applicant {@code a} is
     * {@code publicIdsInApplicantOrder.get(a)}: each applicant's rank. Ranks rather than raw numbers, because the
     * engine compares {@code long}s as signed values and half of the raw numbers are above 2^63.
     *
     * @throws NoSuchElementException when an applicant was not in this draw
     */
    public long[] lotteryValues(List<String> publicIdsInApplicantOrder) {
        var values = new long[publicIdsInApplicantOrder.size()];
        for (int a = 0; a < values.length; a++) {
            values[a] = rankOf(publicIdsInApplicantOrder.get(a));
        }
        return values;
    }

    /** SHA-256 of the canonical input text (the sorted ids). */
    public String inputDigest() {
        return Digests.inputDigest(entries.stream().map(LotteryEntry::publicId).toList());
    }

    /** The canonical result text, sorted by id. */
    public String canonicalText() {
        return Digests.canonicalResult(entries);
    }

    /** SHA-256 of {@link #canonicalText()}. */
    public String resultDigest() {
        return Digests.sha256Hex(canonicalText());
    }

    // Built on first look-up only: publishing a million-id draw needs the digests, not the index.
    private Map<String, LotteryEntry> byId() {
        var index = byId;
        if (index == null) {
            index = new HashMap<>(entries.size() * 2);
            for (LotteryEntry entry : entries) {
                index.put(entry.publicId(), entry);
            }
            byId = index;
        }
        return index;
    }
}
