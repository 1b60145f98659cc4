package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.registration.applications.domain.GuardianRelation;
import cn.baishan.enrollment.registration.applications.domain.IdType;
import cn.baishan.enrollment.registration.applications.domain.Sex;
import cn.baishan.enrollment.registration.applications.domain.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The application form as sent by the parent app. Only these fields exist: anything else in the
 * JSON is rejected (minimal data collection, SPEC §1) — also {@code status}, {@code category},
 * {@code ownerId} and the like, which only the platform sets. For a resident ID the birth date and sex
 * are derived from the number and need not be sent. A family that applied before may name its child
 * and guardians by {@code childId} / {@code guardianIds} (from {@code GET /api/registration/family})
 * instead of typing them again.
 */
record SubmitApplicationRequest(
        @NotBlank String districtCode,
        @NotNull Integer enrollmentYear,
        @NotNull Stage stage,
        @Valid PersonRequest child,
        UUID childId,
        @Size(max = 2) List<@Valid @NotNull GuardianRequest> guardians,
        @Size(max = 2) List<@NotNull UUID> guardianIds,
        @NotBlank @Size(max = 200) String hukouAddress,
        @Valid ClaimsRequest claims) {

    record PersonRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull IdType idType,
            @NotBlank @Size(max = 20) String idNumber,
            LocalDate birthDate,
            Sex sex) {}

    record GuardianRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull GuardianRelation relation,
            @NotNull IdType idType,
            @NotBlank @Size(max = 20) String idNumber,
            @Pattern(regexp = "1\\d{10}", message = "应为11位手机号码") String phone) {}
}
