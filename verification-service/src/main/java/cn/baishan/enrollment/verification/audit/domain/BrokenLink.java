package cn.baishan.enrollment.verification.audit.domain;

/** Where the chain first breaks, and why. */
public record BrokenLink(long sequence, Reason reason, String explanation) {

    public enum Reason {
        /** The entry's fields no longer give its stored hash: it was edited. */
        HASH_MISMATCH,
        /** An entry with this sequence number is missing (deleted), or sequences were renumbered. */
        SEQUENCE_GAP,
        /** The entry does not point at its predecessor's hash: entries were removed, reordered or rewritten. */
        PREV_HASH_MISMATCH,
        /** The chain ends elsewhere than the stored head says: the newest entries were deleted or added behind its back. */
        HEAD_MISMATCH
    }
}
