package cn.baishan.enrollment.verification.audit.domain;

import java.util.Optional;

/** The result of walking the chain: intact or not, how many entries were checked, the first break. */
public record ChainReport(boolean intact, long checkedEntries, Optional<BrokenLink> firstBroken) {}
