package cn.baishan.enrollment.admission.applicants.adapter.out.persistence;

import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.ApplicantStatus;
import cn.baishan.enrollment.admission.applicants.domain.Claims;
import cn.baishan.enrollment.admission.applicants.domain.DisabilityPlacement;
import cn.baishan.enrollment.admission.applicants.domain.HomeLocation;
import cn.baishan.enrollment.admission.applicants.domain.Placement;
import cn.baishan.enrollment.admission.applicants.domain.Verdict;
import cn.baishan.enrollment.admission.applicants.usecase.port.ApplicantRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcApplicantRepository implements ApplicantRepository {

    private final JdbcClient jdbc;

    JdbcApplicantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(ApplicantFile a) {
        Verdict v = a.verdict();
        DisabilityPlacement p = a.placement();
        jdbc.sql(
                        """
                insert into applicant (application_id, public_id, district_code, enrollment_year, stage, masked_name,
                  child_key, sex, preferences, sibling_school_code, promotion_primary_school_code, disability_declared,
                  status, verdict, category, facts, zone_code, zone_school_codes, flags, home_lon, home_lat, verification_at,
                  placement, placement_school_code, placement_note, placement_by, placement_at, submitted_at, updated_at)
                values (:id, :publicId, :district, :year, :stage, :maskedName, :childKey, :sex, :preferences, :sibling,
                  :promotion, :disability, :status, :verdict, :category, :facts, :zone, :zoneSchools, :flags, :lon, :lat,
                  :verificationAt, :placement, :placementSchool, :placementNote, :placementBy, :placementAt,
                  :submittedAt, now())
                on conflict (application_id) do update set
                  masked_name = excluded.masked_name, child_key = excluded.child_key, sex = excluded.sex,
                  preferences = excluded.preferences, sibling_school_code = excluded.sibling_school_code,
                  promotion_primary_school_code = excluded.promotion_primary_school_code,
                  disability_declared = excluded.disability_declared, status = excluded.status, verdict = excluded.verdict,
                  category = excluded.category, facts = excluded.facts, zone_code = excluded.zone_code,
                  zone_school_codes = excluded.zone_school_codes, flags = excluded.flags,
                  home_lon = excluded.home_lon, home_lat = excluded.home_lat,
                  verification_at = excluded.verification_at, placement = excluded.placement,
                  placement_school_code = excluded.placement_school_code, placement_note = excluded.placement_note,
                  placement_by = excluded.placement_by, placement_at = excluded.placement_at, updated_at = now()
                """)
                .param("id", a.applicationId())
                .param("publicId", a.publicId())
                .param("district", a.districtCode())
                .param("year", a.enrollmentYear())
                .param("stage", a.stage())
                .param("maskedName", a.maskedName())
                .param("childKey", a.childKey())
                .param("sex", a.sex())
                .param("preferences", join(a.claims().preferences()))
                .param("sibling", a.claims().siblingSchoolCode())
                .param("promotion", a.claims().promotionPrimarySchoolCode())
                .param("disability", a.claims().disabilityDeclared())
                .param("status", a.status().name())
                .param("verdict", v == null ? null : v.verified() ? "VERIFIED" : "NEEDS_SUPPLEMENT")
                .param("category", v == null ? null : v.category())
                .param("facts", v == null ? "" : join(v.facts()))
                .param("zone", v == null ? null : v.zoneCode())
                .param("zoneSchools", v == null ? "" : join(v.zoneSchoolCodes()))
                .param("flags", v == null ? "" : join(v.flags()))
                .param("lon", v == null || v.home() == null ? null : v.home().lon())
                .param("lat", v == null || v.home() == null ? null : v.home().lat())
                .param("verificationAt", timestamp(a.verificationAt()))
                .param("placement", p == null ? null : p.placement().name())
                .param("placementSchool", p == null ? null : p.schoolCode())
                .param("placementNote", p == null ? null : p.decisionNote())
                .param("placementBy", p == null ? null : p.decidedBy())
                .param("placementAt", p == null ? null : timestamp(p.decidedAt()))
                .param("submittedAt", timestamp(a.submittedAt()))
                .update();
    }

    @Override
    public void lock(UUID applicationId) {
        // a transaction-scoped advisory lock keyed by the id's 64 folded bits: released at commit/rollback
        long key = applicationId.getMostSignificantBits() ^ applicationId.getLeastSignificantBits();
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) held")
                .param("key", key)
                .query(Integer.class)
                .single();
    }

    @Override
    public Optional<ApplicantFile> find(UUID applicationId) {
        return jdbc.sql("select * from applicant where application_id = :id")
                .param("id", applicationId)
                .query(JdbcApplicantRepository::applicant)
                .optional();
    }

    @Override
    public Optional<ApplicantFile> findByPublicId(String publicId) {
        return jdbc.sql("select * from applicant where public_id = :id")
                .param("id", publicId)
                .query(JdbcApplicantRepository::applicant)
                .optional();
    }

    @Override
    public List<ApplicantFile> list(String districtCode, Integer enrollmentYear, String stage, ApplicantStatus status) {
        return jdbc.sql(
                        """
                select * from applicant
                where (cast(:district as varchar) is null or district_code = :district)
                  and (cast(:year as int) is null or enrollment_year = :year)
                  and (cast(:stage as varchar) is null or stage = :stage)
                  and (cast(:status as varchar) is null or status = :status)
                order by public_id
                """)
                .param("district", districtCode)
                .param("year", enrollmentYear)
                .param("stage", stage)
                .param("status", status == null ? null : status.name())
                .query(JdbcApplicantRepository::applicant)
                .list();
    }

    private static ApplicantFile applicant(ResultSet rs, int row) throws SQLException {
        String category = rs.getString("category");
        Instant verificationAt = instant(rs.getTimestamp("verification_at"));
        Verdict verdict = null;
        String verdictName = rs.getString("verdict");
        if (verdictName != null) {
            double lon = rs.getDouble("home_lon");
            boolean located = !rs.wasNull();
            double lat = rs.getDouble("home_lat");
            verdict = new Verdict(
                    "VERIFIED".equals(verdictName),
                    category,
                    split(rs.getString("facts")),
                    rs.getString("zone_code"),
                    split(rs.getString("zone_school_codes")),
                    split(rs.getString("flags")),
                    located ? new HomeLocation(lon, lat) : null);
        }
        String placement = rs.getString("placement");
        return new ApplicantFile(
                rs.getObject("application_id", UUID.class),
                rs.getString("public_id"),
                rs.getString("district_code"),
                rs.getInt("enrollment_year"),
                rs.getString("stage"),
                rs.getString("masked_name"),
                rs.getString("child_key"),
                rs.getString("sex"),
                new Claims(
                        split(rs.getString("preferences")),
                        rs.getString("sibling_school_code"),
                        rs.getString("promotion_primary_school_code"),
                        rs.getBoolean("disability_declared")),
                ApplicantStatus.valueOf(rs.getString("status")),
                verdict,
                verificationAt,
                placement == null
                        ? null
                        : new DisabilityPlacement(
                                Placement.valueOf(placement),
                                rs.getString("placement_school_code"),
                                rs.getString("placement_note"),
                                rs.getString("placement_by"),
                                instant(rs.getTimestamp("placement_at"))),
                instant(rs.getTimestamp("submitted_at")));
    }

    private static String join(List<String> values) {
        return String.join(",", values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
