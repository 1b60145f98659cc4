package cn.baishan.enrollment.verification.audit.adapter.in.web;

import cn.baishan.enrollment.platform.problem.FieldViolation;
import cn.baishan.enrollment.platform.problem.ProblemException;
import cn.baishan.enrollment.verification.audit.domain.Department;
import cn.baishan.enrollment.verification.audit.usecase.AuditFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * The search parameters both audit endpoints take, bound from the query string ({@code ?applicationId=&department=
 * &from=&to=&page=&size=}) and checked once: every bad one is named in the 400.
 */
record AuditQueryParameters(
        UUID applicationId, String department, Instant from, Instant to, Integer page, Integer size) {

    static final int MAX_SIZE = 200;
    static final int DEFAULT_SIZE = 50;

    AuditQueryParameters {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    /** The filter within {@code visible} departments and the caller's district (null = all). */
    AuditFilter filter(Set<Department> visible, String districtCode) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<Department> departments = EnumSet.noneOf(Department.class);
        departments.addAll(visible);
        if (department != null && !department.isBlank()) {
            Department asked = Arrays.stream(Department.values())
                    .filter(d -> d.name().equals(department))
                    .findFirst()
                    .orElse(null);
            if (asked == null) {
                violations.add(new FieldViolation(
                        "department",
                        "known-department",
                        "部门须为 "
                                + Arrays.stream(Department.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining("、")) + " 之一"));
            } else {
                departments.retainAll(Set.of(asked));
            }
        }
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(new FieldViolation("from", "before-to", "开始时间须早于结束时间"));
        }
        if (page < 0) {
            violations.add(new FieldViolation("page", "min", "页码不能小于 0"));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(new FieldViolation("size", "range", "每页条数须在 1 到 " + MAX_SIZE + " 之间"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "信息填写有误",
                    "查询条件有 " + violations.size() + " 处需要更正："
                            + violations.stream()
                                    .map(v -> v.field() + " " + v.message())
                                    .collect(Collectors.joining("；")),
                    violations);
        }
        return new AuditFilter(applicationId, departments, districtCode, from, to);
    }
}
