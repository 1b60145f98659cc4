package cn.baishan.enrollment.admission.classes.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A school's stored sunshine class assignment (阳光分班) for one year and stage: the published seed, the digest anyone
 * can recompute, and each class with its head counts and the public ids placed in it.
 */
public record ClassRoster(
        UUID id,
        String schoolCode,
        int enrollmentYear,
        String stage,
        String seedHex,
        String digest,
        String algorithmVersion,
        int classes,
        int cap,
        List<SchoolClass> schoolClasses,
        String createdBy,
        Instant createdAt) {

    public ClassRoster {
        schoolClasses = List.copyOf(schoolClasses);
    }

    public record SchoolClass(
            int classNumber, int size, int girls, int boys, int specialNeeds, List<String> publicIds) {

        public SchoolClass {
            publicIds = List.copyOf(publicIds);
        }
    }
}
