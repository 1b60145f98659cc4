package cn.baishan.enrollment.admission.applicants.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.ApplicantStatus;
import cn.baishan.enrollment.admission.applicants.domain.Claims;
import cn.baishan.enrollment.admission.applicants.domain.DisabilityPlacement;
import cn.baishan.enrollment.admission.applicants.domain.HomeLocation;
import cn.baishan.enrollment.admission.applicants.domain.Placement;
import cn.baishan.enrollment.admission.applicants.domain.PublicIds;
import cn.baishan.enrollment.admission.applicants.domain.SeasonInputs.Tier;
import cn.baishan.enrollment.admission.applicants.domain.Verdict;
import cn.baishan.enrollment.admission.applicants.usecase.CollectSeasonInputUseCase.Excluded;
import cn.baishan.enrollment.admission.applicants.usecase.port.ApplicantRepository;
import cn.baishan.enrollment.admission.applicants.usecase.port.PartnerUnavailableException;
import cn.baishan.enrollment.admission.plans.domain.CatalogSchool;
import cn.baishan.enrollment.admission.plans.domain.CatalogZone;
import cn.baishan.enrollment.admission.plans.domain.Plan;
import cn.baishan.enrollment.admission.plans.domain.PlanKey;
import cn.baishan.enrollment.admission.plans.domain.Stage;
import cn.baishan.enrollment.admission.plans.usecase.ViewPlansQuery;
import cn.baishan.enrollment.allocation.district.DistrictInput;
import cn.baishan.enrollment.allocation.district.DistrictInput.Child;
import cn.baishan.enrollment.allocation.district.DistrictInput.Disability;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import cn.baishan.enrollment.allocation.district.DistrictInput.Zone;
import cn.baishan.enrollment.allocation.district.DistrictInput.ZoneType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The season input built from its sources, each faked at its port. */
class CollectingSeasonInputTest {

    static final Instant T = Instant.parse("2027-06-01T00:00:00Z");

    final List<ApplicantFile> applicants = new ArrayList<>();
    List<Tier> tiers = List.of(
            new Tier(3, "HUKOU_ONLY", "仅有户籍"),
            new Tier(1, "PREFERENTIAL_GROUP", "政策性照顾对象"),
            new Tier(2, "HUKOU_AND_PROPERTY", "户房一致"));
    boolean verificationDown;

    final CollectingSeasonInput collecting = new CollectingSeasonInput(
            district -> {
                if (verificationDown) {
                    throw new PartnerUnavailableException("down", null);
                }
                return tiers;
            },
            () -> Map.of("220602001", "220602024", "220602002", "220681013"),
            new FakePlans(),
            new InMemoryApplicants());

    @Test
    void theSchoolsAreTheSeasonsPlansAndZonesKeepOnlySchoolsWithSeats() {
        DistrictInput input = collecting.collect("220602", 2027, "PRIMARY").input();

        assertThat(input.districtCode()).isEqualTo("220602");
        assertThat(input.stage()).isEqualTo("PRIMARY");
        assertThat(input.enrollmentYear()).isEqualTo(2027);
        assertThat(input.schools())
                .containsExactly(
                        new SchoolSeats("220600001", 405, 2),
                        new SchoolSeats("220602001", 270, 1),
                        new SchoolSeats("220602002", 180, 0));
        assertThat(input.zones())
                .containsExactly(
                        new Zone("220602-P-01", ZoneType.SINGLE, List.of("220602001")),
                        new Zone("220602-P-02", ZoneType.MULTI, List.of("220602002", "220600001")));
    }

    @Test
    void theTiersAreThePublishedOrderWithOutsideZonesAppended() {
        var season = collecting.collect("220602", 2027, "PRIMARY");

        assertThat(season.input().tiers())
                .containsExactly("PREFERENTIAL_GROUP", "HUKOU_AND_PROPERTY", "HUKOU_ONLY", "OUTSIDE_ZONES");
        assertThat(season.tierNames()).containsExactly("政策性照顾对象", "户房一致", "仅有户籍", "片区外");
    }

    @Test
    void aVerifiedChildEntersWithItsTierZoneChoicesFlagsPlacementAndNearestSchools() {
        ApplicantFile a = verified("HUKOU_AND_PROPERTY", "220602-P-02", new HomeLocation(126.449, 41.950))
                .withClaims(new Claims(
                        List.of("220600001", "220681001", "220602002", "220600001"), "220602001", null, true))
                .withFlags("WARNING_PERIOD_ARRIVAL")
                .placed(Placement.REGULAR_CLASS, "220602002")
                .build();
        applicants.add(a);

        var season = collecting.collect("220602", 2027, "PRIMARY");

        assertThat(season.input().children())
                .containsExactly(new Child(
                        a.publicId(),
                        2,
                        "220602-P-02",
                        List.of("220600001", "220602002"), // 临江 school is not of this season; no duplicates
                        true,
                        "220602001",
                        null,
                        new Disability(DistrictInput.DisabilityPlacement.REGULAR_CLASS, "220602002"),
                        List.of("220602002", "220600001", "220602001")));
        assertThat(season.entrants()).extracting(x -> x.applicationId()).containsExactly(a.applicationId());
        assertThat(season.entrants().get(0).specialNeeds()).isTrue();
    }

    @Test
    void withoutAVerifiedHomeNoSchoolIsNearerAndAZoneWithoutSeatsIsNoZone() {
        ApplicantFile b = verified("HUKOU_ONLY", "220602-P-03", null).build();
        applicants.add(b);

        Child child =
                collecting.collect("220602", 2027, "PRIMARY").input().children().get(0);

        assertThat(child.tierRank()).isEqualTo(3);
        assertThat(child.zoneCode()).isNull();
        assertThat(child.nearbySchools()).isEmpty();
        assertThat(child.disability()).isNull();
    }

    @Test
    void applicationsNotVerifiedOrWithAnUnpublishedCategoryAreListedAsExcludedWithTheReason() {
        ApplicantFile ok = verified("OUTSIDE_ZONES", null, null).build();
        ApplicantFile pending = verified("HUKOU_ONLY", null, null)
                .status(ApplicantStatus.PENDING)
                .build();
        ApplicantFile supplement = verified("HUKOU_ONLY", null, null)
                .status(ApplicantStatus.NEEDS_SUPPLEMENT)
                .build();
        ApplicantFile unknown = verified("SOMETHING_NEW", null, null).build();
        applicants.addAll(List.of(ok, pending, supplement, unknown));

        var season = collecting.collect("220602", 2027, "PRIMARY");

        assertThat(season.input().children()).extracting(Child::publicId).containsExactly(ok.publicId());
        assertThat(season.input().children().get(0).tierRank()).isEqualTo(4);
        assertThat(season.excluded())
                .extracting(Excluded::publicId, Excluded::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(pending.publicId(), "PENDING"),
                        org.assertj.core.groups.Tuple.tuple(supplement.publicId(), "NEEDS_SUPPLEMENT"),
                        org.assertj.core.groups.Tuple.tuple(unknown.publicId(), "VERIFIED"));
        assertThat(season.excluded())
                .filteredOn(e -> e.publicId().equals(unknown.publicId()))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("SOMETHING_NEW"));
        assertThat(season.excluded())
                .filteredOn(e -> e.publicId().equals(pending.publicId()))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("尚未完成资格核验"));
    }

    @Test
    void aGrade7ChildIsPromotedToTheJuniorSchoolPairedWithItsPrimarySchoolWhenThatSchoolIsOfTheSeason() {
        ApplicantFile paired = verified("HUKOU_ONLY", "220602-J-01", null)
                .junior()
                .withClaims(new Claims(List.of(), null, "220602001", false))
                .build();
        ApplicantFile pairedElsewhere = verified("HUKOU_ONLY", "220602-J-01", null)
                .junior()
                .withClaims(new Claims(List.of(), null, "220602002", false))
                .build();
        applicants.addAll(List.of(paired, pairedElsewhere));

        var children = collecting.collect("220602", 2027, "JUNIOR").input().children();

        assertThat(children)
                .filteredOn(c -> c.publicId().equals(paired.publicId()))
                .singleElement()
                .satisfies(c -> assertThat(c.promotionSchoolCode()).isEqualTo("220602024"));
        assertThat(children)
                .filteredOn(c -> c.publicId().equals(pairedElsewhere.publicId()))
                .singleElement()
                .satisfies(c -> assertThat(c.promotionSchoolCode()).isNull());
    }

    @Test
    void childrenAreInPublicIdOrderAndEntrantsFollowThem() {
        for (int i = 0; i < 5; i++) {
            applicants.add(verified("HUKOU_ONLY", "220602-P-01", null).build());
        }
        var season = collecting.collect("220602", 2027, "PRIMARY");

        List<String> ids =
                season.input().children().stream().map(Child::publicId).toList();
        assertThat(ids).isSorted();
        assertThat(season.entrants()).extracting(x -> x.publicId()).containsExactlyElementsOf(ids);
    }

    @Test
    void twoApplicationsWithOnePublicIdFailTheCollectionLoudly() {
        ApplicantFile one = verified("HUKOU_ONLY", null, null).build();
        applicants.add(one);
        applicants.add(
                verified("HUKOU_ONLY", null, null).publicId(one.publicId()).build());

        assertThatThrownBy(() -> collecting.collect("220602", 2027, "PRIMARY"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(one.publicId());
    }

    @Test
    void noInputIsBuiltWhileVerificationCannotSayTheTierOrder() {
        verificationDown = true;
        assertThatThrownBy(() -> collecting.collect("220602", 2027, "PRIMARY"))
                .isInstanceOf(PartnerUnavailableException.class);
    }

    // --- fixtures

    static Builder verified(String category, String zone, HomeLocation home) {
        return new Builder(category, zone, home);
    }

    static final class Builder {
        UUID id = UUID.randomUUID();
        String stage = "PRIMARY";
        String publicId;
        String category;
        String zone;
        HomeLocation home;
        Claims claims = Claims.NONE;
        List<String> flags = List.of();
        ApplicantStatus status = ApplicantStatus.VERIFIED;
        DisabilityPlacement placement;

        Builder(String category, String zone, HomeLocation home) {
            this.category = category;
            this.zone = zone;
            this.home = home;
        }

        Builder junior() {
            stage = "JUNIOR";
            return this;
        }

        Builder withClaims(Claims c) {
            claims = c;
            return this;
        }

        Builder withFlags(String... f) {
            flags = List.of(f);
            return this;
        }

        Builder status(ApplicantStatus s) {
            status = s;
            return this;
        }

        Builder publicId(String p) {
            publicId = p;
            return this;
        }

        Builder placed(Placement p, String school) {
            placement = new DisabilityPlacement(p, school, "评估意见", "committee", T);
            return this;
        }

        ApplicantFile build() {
            return new ApplicantFile(
                    id,
                    publicId != null ? publicId : PublicIds.of(id, 2027, stage),
                    "220602",
                    2027,
                    stage,
                    "张*",
                    "k-" + id,
                    "F",
                    claims,
                    status,
                    new Verdict(status == ApplicantStatus.VERIFIED, category, List.of(), zone, List.of(), flags, home),
                    T,
                    placement,
                    T);
        }
    }

    /** The plans feature's season answer for 浑江区 2027, as if catchment and the plans table said so. */
    static final class FakePlans implements ViewPlansQuery {

        @Override
        public List<Plan> list(String districtCode, Integer enrollmentYear, Stage stage) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeasonPlans season(String districtCode, int enrollmentYear, Stage stage) {
            if (stage == Stage.JUNIOR) {
                return new SeasonPlans(
                        List.of(planned("220602024", Stage.JUNIOR, 126.41, 41.945, 400, 0)),
                        List.of(new CatalogZone(
                                "220602-J-01", "220602", Stage.JUNIOR, "SINGLE", List.of("220602024"))));
            }
            return new SeasonPlans(
                    List.of(
                            planned("220602002", Stage.PRIMARY, 126.450, 41.950, 180, 0),
                            planned("220602001", Stage.PRIMARY, 126.400, 41.940, 270, 1),
                            planned("220600001", Stage.PRIMARY, 126.430, 41.955, 405, 2)),
                    List.of(
                            new CatalogZone(
                                    "220602-P-02",
                                    "220602",
                                    Stage.PRIMARY,
                                    "MULTI",
                                    List.of("220602002", "220600001", "220602099")),
                            new CatalogZone("220602-P-03", "220602", Stage.PRIMARY, "SINGLE", List.of("220602098")),
                            new CatalogZone("220602-P-01", "220602", Stage.PRIMARY, "SINGLE", List.of("220602001"))));
        }

        private static PlannedSchool planned(
                String code, Stage stage, double lon, double lat, int seats, int reserved) {
            int cap = stage.defaultClassSizeCap();
            int classes = (seats + cap - 1) / cap;
            return new PlannedSchool(
                    new CatalogSchool(code, code, code.substring(0, 6), Set.of(stage), lon, lat),
                    new Plan(
                            new PlanKey(code, 2027, stage),
                            code.substring(0, 6),
                            classes,
                            cap,
                            seats,
                            reserved,
                            "city",
                            T));
        }
    }

    final class InMemoryApplicants implements ApplicantRepository {

        @Override
        public void lock(UUID applicationId) {
            // one thread: nothing to serialise
        }

        @Override
        public void save(ApplicantFile applicant) {
            applicants.removeIf(a -> a.applicationId().equals(applicant.applicationId()));
            applicants.add(applicant);
        }

        @Override
        public Optional<ApplicantFile> find(UUID applicationId) {
            return applicants.stream()
                    .filter(a -> a.applicationId().equals(applicationId))
                    .findFirst();
        }

        @Override
        public Optional<ApplicantFile> findByPublicId(String publicId) {
            return applicants.stream()
                    .filter(a -> a.publicId().equals(publicId))
                    .findFirst();
        }

        @Override
        public List<ApplicantFile> list(
                String districtCode, Integer enrollmentYear, String stage, ApplicantStatus status) {
            return applicants.stream()
                    .filter(a -> districtCode == null || a.districtCode().equals(districtCode))
                    .filter(a -> enrollmentYear == null || a.enrollmentYear() == enrollmentYear)
                    .filter(a -> stage == null || a.stage().equals(stage))
                    .filter(a -> status == null || a.status() == status)
                    .sorted(Comparator.comparing(ApplicantFile::publicId))
                    .toList();
        }
    }
}
