package cn.baishan.enrollment.admission.seasons.usecase;

import cn.baishan.enrollment.admission.seasons.domain.AllocationRun;
import cn.baishan.enrollment.admission.seasons.domain.RunViolation;
import cn.baishan.enrollment.admission.seasons.domain.Season;
import cn.baishan.enrollment.admission.seasons.domain.SeasonKey;
import java.util.List;
import java.util.UUID;

/**
 * The district's steps through a season: commitment → closing → draw → runs → publication. Each refuses to run out of
 * order with a {@link cn.baishan.enrollment.admission.seasons.domain.SeasonStepException}.
 */
public interface SeasonTimelineUseCase {

    Season commit(SeasonKey key, String commitment, String actor);

    Season close(SeasonKey key, String actor);

    Season draw(SeasonKey key, String seedHex, String actor);

    AllocationRun run(SeasonKey key, String actor);

    /** Publishes the run, or records why it cannot be (then nothing else changed). */
    Publication publish(SeasonKey key, UUID runId, int appealDays, String actor);

    sealed interface Publication {}

    record Published(Season season, int notices) implements Publication {}

    /** The city-wide rule refused the run; it is blocked from now on. */
    record Refused(AllocationRun run, List<RunViolation> violations) implements Publication {}

    /** No such season or run. */
    class NotFoundException extends RuntimeException {
        public NotFoundException(String message) {
            super(message);
        }
    }
}
