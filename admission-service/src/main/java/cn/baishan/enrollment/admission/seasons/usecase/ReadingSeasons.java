package cn.baishan.enrollment.admission.seasons.usecase;

import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.domain.AllocationRun;
import cn.baishan.enrollment.admission.seasons.domain.ExcludedApplication;
import cn.baishan.enrollment.admission.seasons.domain.Season;
import cn.baishan.enrollment.admission.seasons.domain.SeasonKey;
import cn.baishan.enrollment.admission.seasons.usecase.port.AdmissionRepository;
import cn.baishan.enrollment.admission.seasons.usecase.port.RunRepository;
import cn.baishan.enrollment.admission.seasons.usecase.port.SeasonRepository;
import cn.baishan.enrollment.allocation.district.DistrictInputText;
import cn.baishan.enrollment.allocation.district.Explanations;
import cn.baishan.enrollment.allocation.district.Explanations.Explanation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ReadingSeasons implements SeasonsQuery {

    private final SeasonRepository seasons;
    private final RunRepository runs;
    private final AdmissionRepository admissions;

    ReadingSeasons(SeasonRepository seasons, RunRepository runs, AdmissionRepository admissions) {
        this.seasons = seasons;
        this.runs = runs;
        this.admissions = admissions;
    }

    @Override
    public Optional<Season> season(SeasonKey key) {
        return seasons.find(key);
    }

    @Override
    public List<AllocationRun> runs(SeasonKey key) {
        return seasons.find(key).map(s -> runs.ofSeason(s.id())).orElse(List.of());
    }

    @Override
    public Optional<AllocationRun> run(SeasonKey key, UUID runId) {
        return seasons.find(key).flatMap(s -> runs.find(s.id(), runId));
    }

    @Override
    public List<ExcludedApplication> excluded(SeasonKey key) {
        return seasons.find(key).map(s -> seasons.excluded(s.id())).orElse(List.of());
    }

    @Override
    public Optional<String> inputText(SeasonKey key) {
        return seasons.find(key).flatMap(s -> seasons.inputText(s.id()));
    }

    @Override
    public Optional<String> publishedResultText(SeasonKey key) {
        return seasons.find(key)
                .filter(Season::isPublished)
                .flatMap(s -> runs.find(s.id(), s.publishedRunId()))
                .map(AllocationRun::resultText);
    }

    @Override
    public Optional<Explanation> explanation(SeasonKey key, UUID runId, UUID applicationId) {
        Optional<Season> season = seasons.find(key);
        if (season.isEmpty()) {
            return Optional.empty();
        }
        UUID seasonId = season.get().id();
        var entrant = seasons.entrants(seasonId).stream()
                .filter(e -> e.applicationId().equals(applicationId))
                .findFirst();
        var run = runs.find(seasonId, runId);
        if (entrant.isEmpty() || run.isEmpty()) {
            return Optional.empty();
        }
        var input = DistrictInputText.read(seasons.inputText(seasonId).orElseThrow());
        return Optional.of(
                Explanations.of(input, run.get().result(), entrant.get().publicId()));
    }

    @Override
    public List<Admission> admittedAt(SeasonKey key, String schoolCode) {
        return admissions.currentAt(key, schoolCode).stream()
                .filter(Admission::isPlaced)
                .toList();
    }
}
