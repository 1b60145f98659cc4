package cn.baishan.enrollment.admission.seasons.usecase;

import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.domain.RunViolation;
import java.util.List;
import java.util.UUID;

/**
 * An upheld appeal moves a child to another school: re-checked with the invariants that still apply to one changed
 * admission (the target school's capacity in the frozen input, one admission per child). Runs in the caller's
 * transaction.
 */
public interface ReassignAdmissionUseCase {

    Reassignment reassign(UUID applicationId, UUID appealId, String schoolCode, String reason);

    sealed interface Reassignment {}

    record Moved(Admission previous, Admission current) implements Reassignment {}

    record Refused(List<RunViolation> violations) implements Reassignment {}
}
