package cn.baishan.enrollment.admission.seasons.adapter.in.web;

import cn.baishan.enrollment.admission.seasons.adapter.in.web.SeasonViews.AdmittedView;
import cn.baishan.enrollment.admission.seasons.adapter.in.web.SeasonViews.PublicSeasonView;
import cn.baishan.enrollment.admission.seasons.domain.SeasonKey;
import cn.baishan.enrollment.admission.seasons.usecase.SeasonsQuery;
import cn.baishan.enrollment.platform.problem.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public record of a season (no login): commitment, seed after the draw, digests, and the canonical texts the
 * standalone re-run tool takes; and each school's masked admitted list.
 */
@RestController
@RequestMapping("/api/public/admission/seasons/{districtCode:\\d{6}}/{year:\\d{4}}/{stage:PRIMARY|JUNIOR}")
class PublicSeasonController {

    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final SeasonsQuery query;

    PublicSeasonController(SeasonsQuery query) {
        this.query = query;
    }

    @GetMapping
    PublicSeasonView season(@PathVariable String districtCode, @PathVariable int year, @PathVariable String stage) {
        SeasonKey key = new SeasonKey(districtCode, year, stage);
        return query.season(key).map(PublicSeasonView::of).orElseThrow(() -> SeasonController.notFound(key));
    }

    @GetMapping("/input")
    ResponseEntity<String> input(
            @PathVariable String districtCode, @PathVariable int year, @PathVariable String stage) {
        SeasonKey key = new SeasonKey(districtCode, year, stage);
        return query.inputText(key)
                .map(text -> ResponseEntity.ok().contentType(TEXT).body(text))
                .orElseThrow(() ->
                        new ProblemException(HttpStatus.NOT_FOUND, "input-not-frozen", "未找到", "该招生季的名单尚未截止，输入尚未固定。"));
    }

    @GetMapping("/result")
    ResponseEntity<String> result(
            @PathVariable String districtCode, @PathVariable int year, @PathVariable String stage) {
        SeasonKey key = new SeasonKey(districtCode, year, stage);
        return query.publishedResultText(key)
                .map(text -> ResponseEntity.ok().contentType(TEXT).body(text))
                .orElseThrow(() ->
                        new ProblemException(HttpStatus.NOT_FOUND, "result-not-published", "未找到", "该招生季的录取结果尚未发布。"));
    }

    @GetMapping("/schools/{schoolCode}/admitted")
    List<AdmittedView> admitted(
            @PathVariable String districtCode,
            @PathVariable int year,
            @PathVariable String stage,
            @PathVariable String schoolCode) {
        SeasonKey key = new SeasonKey(districtCode, year, stage);
        return query.admittedAt(key, schoolCode).stream().map(AdmittedView::of).toList();
    }
}
