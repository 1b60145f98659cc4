package cn.baishan.enrollment.admission.seasons.usecase;

import cn.baishan.enrollment.admission.seasons.domain.Admission;
import cn.baishan.enrollment.allocation.district.DistrictInput.SchoolSeats;
import java.util.Optional;
import java.util.UUID;

/** Admissions as the other features (appeals, enrollment, plans) see them. */
public interface AdmissionsQuery {

    Optional<Admission> currentOf(UUID applicationId);

    /** The child's placed, current admission city-wide (by the keyed blind index of the ID number). */
    Optional<Admission> currentOfChild(String childKey);

    /** A school's seats in the frozen input of a season, empty when the school is not part of it. */
    Optional<SchoolSeats> frozenSeats(UUID seasonId, String schoolCode);

    /** Current admissions holding a seat at the school, city-wide. */
    int countAdmittedAt(String schoolCode, int enrollmentYear, String stage);
}
