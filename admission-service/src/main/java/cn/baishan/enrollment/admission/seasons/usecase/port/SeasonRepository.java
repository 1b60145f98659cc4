package cn.baishan.enrollment.admission.seasons.usecase.port;

import cn.baishan.enrollment.admission.seasons.domain.Entrant;
import cn.baishan.enrollment.admission.seasons.domain.ExcludedApplication;
import cn.baishan.enrollment.admission.seasons.domain.FrozenInput;
import cn.baishan.enrollment.admission.seasons.domain.Season;
import cn.baishan.enrollment.admission.seasons.domain.SeasonKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Seasons and their frozen inputs. */
public interface SeasonRepository {

    Optional<Season> find(SeasonKey key);

    Optional<Season> findById(UUID seasonId);

    /** The season locked for the rest of the transaction, so two staff cannot take the same step at once. */
    Optional<Season> lock(SeasonKey key);

    /** Inserts a new season, or does nothing when another request just did (then {@link #lock} finds it). */
    void insertIfAbsent(Season season);

    void update(Season season);

    /** Stores the frozen input once; it is never written again. */
    void freeze(UUID seasonId, FrozenInput input);

    Optional<String> inputText(UUID seasonId);

    List<Entrant> entrants(UUID seasonId);

    List<ExcludedApplication> excluded(UUID seasonId);

    List<String> tierNames(UUID seasonId);
}
