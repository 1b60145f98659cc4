package cn.baishan.enrollment.verification.audit.domain;

/**
 * The last link of the chain as stored beside it (updated in the transaction of each append): without
 * it, deleting the newest entries would leave a shorter chain that still verifies.
 */
public record ChainHead(long lastSequence, String lastHash) {

    /** The {@code prevHash} of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public static final ChainHead EMPTY = new ChainHead(0, GENESIS_HASH);
}
