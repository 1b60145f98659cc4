package cn.baishan.enrollment.admission.seasons.domain;

import java.util.UUID;

/** An application frozen into a season's input at closing: what publication needs to turn a public id back into a child. */
public record Entrant(UUID applicationId, String publicId, String childKey, String maskedName) {}
