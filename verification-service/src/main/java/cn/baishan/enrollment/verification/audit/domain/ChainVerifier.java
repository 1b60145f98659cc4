package cn.baishan.enrollment.verification.audit.domain;

import java.util.Optional;

/**
 * Walks the log in sequence order, one entry at a time (so a long log needs no memory), and stops at the
 * first broken link. Give it every stored entry via {@link #accept}, then the stored head via
 * {@link #finish}.
 *
 * <p>Checked for each entry: its sequence is the previous one + 1 (the first is 1); its stored hash is
 * the hash of its fields; its {@code prevHash} is the previous entry's hash (the first's is 64 zeros).
 * At the end: the last entry is the head's sequence and hash.
 */
public final class ChainVerifier {

    private long expectedSequence = 1;
    private String expectedPrevHash = ChainHead.GENESIS_HASH;
    private long checked;
    private BrokenLink broken;

    /** @return false once the chain is known to be broken (further entries change nothing) */
    public boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        if (entry.sequence() != expectedSequence) {
            broken = new BrokenLink(
                    expectedSequence,
                    BrokenLink.Reason.SEQUENCE_GAP,
                    entry.sequence() > expectedSequence
                            ? "缺少第 " + expectedSequence + " 条记录（下一条为第 " + entry.sequence() + " 条），记录可能被删除"
                            : "第 " + entry.sequence() + " 条记录重复或顺序被改动");
            return false;
        }
        checked++;
        if (!entry.computeHash().equals(entry.hash())) {
            broken = new BrokenLink(
                    entry.sequence(), BrokenLink.Reason.HASH_MISMATCH, "第 " + entry.sequence() + " 条记录的内容与其哈希不符，记录被改动");
            return false;
        }
        if (!expectedPrevHash.equals(entry.prevHash())) {
            broken = new BrokenLink(
                    entry.sequence(),
                    BrokenLink.Reason.PREV_HASH_MISMATCH,
                    "第 " + entry.sequence() + " 条记录未指向前一条记录的哈希，之前的记录被删除、调换或重写");
            return false;
        }
        expectedSequence = entry.sequence() + 1;
        expectedPrevHash = entry.hash();
        return true;
    }

    /** The verdict over everything accepted, measured against the stored head. */
    public ChainReport finish(ChainHead head) {
        if (broken == null) {
            long last = expectedSequence - 1;
            if (head.lastSequence() > last) {
                broken = new BrokenLink(
                        last + 1,
                        BrokenLink.Reason.HEAD_MISMATCH,
                        "链头记录到第 " + head.lastSequence() + " 条，但日志只到第 " + last + " 条，最新的记录被删除");
            } else if (head.lastSequence() < last) {
                broken = new BrokenLink(
                        head.lastSequence() + 1,
                        BrokenLink.Reason.HEAD_MISMATCH,
                        "第 " + (head.lastSequence() + 1) + " 条起的记录不在链头之内，是绕过日志写入的");
            } else if (!head.lastHash().equals(expectedPrevHash)) {
                broken = new BrokenLink(last, BrokenLink.Reason.HEAD_MISMATCH, "第 " + last + " 条记录的哈希与链头不符，最新的记录被重写");
            }
        }
        return new ChainReport(broken == null, checked, Optional.ofNullable(broken));
    }
}
