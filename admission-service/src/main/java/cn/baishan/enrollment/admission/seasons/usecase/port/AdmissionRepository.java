package cn.baishan.enrollment.admission.seasons.usecase.port;

import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.admission.seasons.domain.SeasonKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Current and superseded admissions; the store keeps at most one placed, current admission per child city-wide. */
public interface AdmissionRepository {

    void insertAll(List<Admission> admissions);

    /** Marks the admission no longer current (an appeal moved the child). */
    void supersede(UUID admissionId);

    Optional<Admission> currentOf(UUID applicationId);

    /** The placed, current admissions of these children, in any season. */
    List<Admission> currentPlacedOfChildren(Collection<String> childKeys);

    /** Current admissions at a school of this season, ordered by public id. */
    List<Admission> currentAt(SeasonKey season, String schoolCode);

    /** Current admissions holding a seat at the school for the year and stage, city-wide. */
    int countAdmittedAt(String schoolCode, int enrollmentYear, String stage);
}
