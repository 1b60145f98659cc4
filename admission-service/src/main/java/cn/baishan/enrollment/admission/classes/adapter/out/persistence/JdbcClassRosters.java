package cn.baishan.enrollment.admission.classes.adapter.out.persistence;

import cn.baishan.enrollment.admission.classes.domain.ClassRoster;
import cn.baishan.enrollment.admission.classes.usecase.port.ClassRosterRepository;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A roster is one header row and one row per student; the head counts are derived again on reading. */
@Component
class JdbcClassRosters implements ClassRosterRepository {

    private final JdbcClient jdbc;

    JdbcClassRosters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(ClassRoster r) {
        int inserted = jdbc.sql(
                        """
                        insert into class_assignment (id, school_code, enrollment_year, stage, seed_hex, digest,
                            algorithm_version, classes, class_cap, created_by, created_at)
                        values (:id, :school, :year, :stage, :seed, :digest, :algorithm, :classes, :cap, :by, :at)
                        on conflict (school_code, enrollment_year, stage) do nothing
                        """)
                .param("id", r.id())
                .param("school", r.schoolCode())
                .param("year", r.enrollmentYear())
                .param("stage", r.stage())
                .param("seed", r.seedHex())
                .param("digest", r.digest())
                .param("algorithm", r.algorithmVersion())
                .param("classes", r.classes())
                .param("cap", r.cap())
                .param("by", r.createdBy())
                .param("at", Timestamp.from(r.createdAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (ClassRoster.SchoolClass c : r.schoolClasses()) {
            for (String publicId : c.publicIds()) {
                jdbc.sql(
                                """
                                insert into class_assignment_student (assignment_id, public_id, class_number)
                                values (:id, :publicId, :number)
                                """)
                        .param("id", r.id())
                        .param("publicId", publicId)
                        .param("number", c.classNumber())
                        .update();
            }
        }
        return true;
    }

    @Override
    public Optional<ClassRoster> find(String schoolCode, int enrollmentYear, String stage) {
        Optional<Header> header = jdbc.sql(
                        """
                        select id, seed_hex, digest, algorithm_version, classes, class_cap, created_by, created_at
                        from class_assignment where school_code = :school and enrollment_year = :year and stage = :stage
                        """)
                .param("school", schoolCode)
                .param("year", enrollmentYear)
                .param("stage", stage)
                .query((rs, n) -> new Header(
                        rs.getObject("id", UUID.class),
                        rs.getString("seed_hex"),
                        rs.getString("digest"),
                        rs.getString("algorithm_version"),
                        rs.getInt("classes"),
                        rs.getInt("class_cap"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Header h = header.get();
        // sex and special needs are counted from the enrollment rows, the class numbers from the assignment
        var members = new TreeMap<Integer, List<Member>>();
        for (int number = 1; number <= h.classes(); number++) {
            members.put(number, new ArrayList<>());
        }
        jdbc.sql(
                        """
                        select s.public_id, s.class_number, e.sex, coalesce(e.special_needs, false) as special_needs
                        from class_assignment_student s
                        left join enrollment e on e.public_id = s.public_id and e.school_code = :school
                        where s.assignment_id = :id order by s.public_id
                        """)
                .param("id", h.id())
                .param("school", schoolCode)
                .query((rs, n) -> new Member(
                        rs.getString("public_id"),
                        rs.getInt("class_number"),
                        rs.getString("sex"),
                        rs.getBoolean("special_needs")))
                .list()
                .forEach(m -> members.computeIfAbsent(m.classNumber(), k -> new ArrayList<>())
                        .add(m));
        List<ClassRoster.SchoolClass> classes = new ArrayList<>();
        members.forEach((number, list) -> classes.add(new ClassRoster.SchoolClass(
                number,
                list.size(),
                (int) list.stream().filter(m -> "F".equals(m.sex())).count(),
                (int) list.stream().filter(m -> "M".equals(m.sex())).count(),
                (int) list.stream().filter(Member::specialNeeds).count(),
                list.stream().map(Member::publicId).toList())));
        return Optional.of(new ClassRoster(
                h.id(),
                schoolCode,
                enrollmentYear,
                stage,
                h.seed(),
                h.digest(),
                h.algorithm(),
                h.classes(),
                h.cap(),
                classes,
                h.createdBy(),
                h.createdAt()));
    }

    private record Header(
            UUID id,
            String seed,
            String digest,
            String algorithm,
            int classes,
            int cap,
            String createdBy,
            java.time.Instant createdAt) {}

    private record Member(String publicId, int classNumber, String sex, boolean specialNeeds) {}
}
