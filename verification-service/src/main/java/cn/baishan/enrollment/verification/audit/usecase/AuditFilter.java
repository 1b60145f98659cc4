package cn.baishan.enrollment.verification.audit.usecase;

import cn.baishan.enrollment.verification.audit.domain.Department;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which entries a caller asks for, already narrowed to what the caller may see.
 *
 * @param departments the departments shown; empty means none (a partner of no known department)
 * @param districtCode only this district's entries, or null for every district
 * @param from inclusive, or null
 * @param to exclusive, or null
 */
public record AuditFilter(
        UUID applicationId, Set<Department> departments, String districtCode, Instant from, Instant to) {

    public AuditFilter {
        departments = Set.copyOf(departments);
    }
}
