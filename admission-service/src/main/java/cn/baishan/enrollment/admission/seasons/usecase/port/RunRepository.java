package cn.baishan.enrollment.admission.seasons.usecase.port;

import cn.baishan.enrollment.admission.seasons.domain.AllocationRun;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Allocation runs: inserted once; only their violations and status may change afterwards. */
public interface RunRepository {

    void insert(AllocationRun run);

    int lastNumber(UUID seasonId);

    Optional<AllocationRun> find(UUID seasonId, UUID runId);

    List<AllocationRun> ofSeason(UUID seasonId);

    /** Records violations found after the run (publication's city-wide check): status and violations only. */
    void block(AllocationRun blocked);
}
