package cn.baishan.enrollment.verification.verifications.usecase.port;

import java.util.List;
import java.util.UUID;

/**
 * Which applications' verifications name a person, found by blind index: as the child, or as a
 * guardian (guardians are indexed for verifications opened since the partner API; older ones match on
 * the child only).
 */
public interface VerificationsByPerson {

    List<UUID> applicationsConcerning(String idNumber);
}
