package cn.baishan.enrollment.catchment.zones.adapter.in.web;

import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.web.CsvSheet;
import cn.baishan.enrollment.catchment.web.GeoJson;
import cn.baishan.enrollment.catchment.web.Scopes;
import cn.baishan.enrollment.catchment.zones.domain.Zone;
import cn.baishan.enrollment.catchment.zones.domain.ZonePlan;
import cn.baishan.enrollment.catchment.zones.usecase.ImportZonePlanUseCase;
import cn.baishan.enrollment.catchment.zones.usecase.ImportZonePlanUseCase.ImportZonePlanCommand;
import cn.baishan.enrollment.catchment.zones.usecase.ManageZonePlanUseCase;
import cn.baishan.enrollment.catchment.zones.usecase.ManageZonePlanUseCase.Actor;
import cn.baishan.enrollment.catchment.zones.usecase.ViewZonePlansQuery;
import cn.baishan.enrollment.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** District and city staff: draft a zoning plan from GeoJSON + address rules, then take it through its lifecycle. */
@RestController
@RequestMapping("/api/catchment/zone-plans")
class ZonePlanController {

    private final ImportZonePlanUseCase importPlan;
    private final ManageZonePlanUseCase manage;
    private final ViewZonePlansQuery view;
    private final JsonMapper json;

    ZonePlanController(
            ImportZonePlanUseCase importPlan, ManageZonePlanUseCase manage, ViewZonePlansQuery view, JsonMapper json) {
        this.importPlan = importPlan;
        this.manage = manage;
        this.view = view;
        this.json = json;
    }

    /** Multipart: {@code zones} (GeoJSON FeatureCollection), optional {@code addressRules} (CSV). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PlanView importPlan(
            Caller caller,
            @RequestParam String districtCode,
            @RequestParam Stage stage,
            @RequestPart("zones") MultipartFile zones,
            @RequestPart(value = "addressRules", required = false) MultipartFile addressRules)
            throws IOException {
        List<Zone> parsed = GeoJson.readZones(json, new String(zones.getBytes(), StandardCharsets.UTF_8));
        List<Map<String, String>> rules = addressRules == null
                ? List.of()
                : CsvSheet.read(new String(addressRules.getBytes(), StandardCharsets.UTF_8));
        ZonePlan plan = importPlan.importPlan(new ImportZonePlanCommand(
                districtCode, stage, parsed, rules, caller.username(), Scopes.editableDistricts(caller)));
        return PlanView.of(plan, true);
    }

    @GetMapping
    List<PlanView> history(@RequestParam String districtCode, @RequestParam Stage stage) {
        return view.history(districtCode, stage).stream()
                .map(p -> PlanView.of(p, false))
                .toList();
    }

    @GetMapping("/{id}")
    PlanView plan(@PathVariable UUID id) {
        return view.plan(id)
                .map(p -> PlanView.of(p, true))
                .orElseThrow(ManageZonePlanUseCase.PlanNotFoundException::new);
    }

    @PostMapping("/{id}/evaluation")
    PlanView evaluate(Caller caller, @PathVariable UUID id, @Valid @RequestBody EvaluationRequest request) {
        return PlanView.of(manage.evaluate(id, request.evaluation(), actor(caller)), false);
    }

    @PostMapping("/{id}/hearing")
    PlanView hearing(Caller caller, @PathVariable UUID id, @Valid @RequestBody HearingRequest request) {
        return PlanView.of(manage.recordHearing(id, request.date(), request.record(), actor(caller)), false);
    }

    @PostMapping("/{id}/approval")
    PlanView approve(Caller caller, @PathVariable UUID id) {
        return PlanView.of(manage.approve(id, actor(caller)), false);
    }

    @PostMapping("/{id}/publication")
    PlanView publish(Caller caller, @PathVariable UUID id, @Valid @RequestBody PublicationRequest request) {
        return PlanView.of(manage.publish(id, request.effectiveFrom(), actor(caller)), false);
    }

    /** Registers zoning that has been in force since before the platform (migration), citing its document. */
    @PostMapping("/{id}/in-force-registration")
    PlanView recordInForce(Caller caller, @PathVariable UUID id, @Valid @RequestBody InForceRequest request) {
        return PlanView.of(
                manage.recordInForce(id, request.effectiveFrom(), request.publicationReference(), actor(caller)),
                false);
    }

    private static Actor actor(Caller caller) {
        return new Actor(caller.username(), Scopes.editableDistricts(caller));
    }

    record EvaluationRequest(@NotBlank String evaluation) {}

    record HearingRequest(@NotNull LocalDate date, @NotBlank String record) {}

    record PublicationRequest(@NotNull LocalDate effectiveFrom) {}

    record InForceRequest(@NotNull LocalDate effectiveFrom, @NotBlank String publicationReference) {}

    record PlanView(
            UUID id,
            String districtCode,
            String stage,
            int version,
            String status,
            Instant draftedAt,
            String draftedBy,
            String evaluation,
            LocalDate hearingDate,
            String hearingRecord,
            String approvedBy,
            Instant approvedAt,
            Instant publishedAt,
            LocalDate effectiveFrom,
            int zoneCount,
            Map<String, Object> zones) {

        static PlanView of(ZonePlan p, boolean withZones) {
            return new PlanView(
                    p.id(),
                    p.districtCode(),
                    p.stage().name(),
                    p.version(),
                    p.status().name(),
                    p.draftedAt(),
                    p.draftedBy(),
                    p.evaluation(),
                    p.hearingDate(),
                    p.hearingRecord(),
                    p.approvedBy(),
                    p.approvedAt(),
                    p.publishedAt(),
                    p.effectiveFrom(),
                    p.zones().size(),
                    withZones ? GeoJson.featureCollection(p.zones()) : null);
        }
    }
}
