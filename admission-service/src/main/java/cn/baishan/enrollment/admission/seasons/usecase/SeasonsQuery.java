package cn.baishan.enrollment.admission.seasons.usecase;

import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.domain.AllocationRun;
import cn.baishan.enrollment.admission.seasons.domain.ExcludedApplication;
import cn.baishan.enrollment.admission.seasons.domain.Season;
import cn.baishan.enrollment.admission.seasons.domain.SeasonKey;
import cn.baishan.enrollment.allocation.district.Explanations.Explanation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What staff and the public read of a season. */
public interface SeasonsQuery {

    Optional<Season> season(SeasonKey key);

    List<AllocationRun> runs(SeasonKey key);

    Optional<AllocationRun> run(SeasonKey key, UUID runId);

    List<ExcludedApplication> excluded(SeasonKey key);

    /** The frozen input's canonical text, once the list closed. */
    Optional<String> inputText(SeasonKey key);

    /** The published run's canonical result text. */
    Optional<String> publishedResultText(SeasonKey key);

    /** Why the run placed this application where it did (staff). */
    Optional<Explanation> explanation(SeasonKey key, UUID runId, UUID applicationId);

    /** Current admissions at a school of a published season. */
    List<Admission> admittedAt(SeasonKey key, String schoolCode);
}
