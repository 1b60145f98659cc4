package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.registration.applications.domain.GuardianRelation;
import cn.baishan.enrollment.registration.applications.domain.IdType;
import cn.baishan.enrollment.registration.applications.domain.Sex;
import cn.baishan.enrollment.registration.applications.domain.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The application form as sent by the parent app. Only these fields exist: anything else in the
 * JSON is rejected (minimal data collection, SPEC §1). For a resident ID the birth date and sex are
 * derived from the number and need not be sent.
 */
record SubmitApplicationRequest(
        @NotBlank String districtCode,
        @NotNull Integer enrollmentYear,
        @NotNull Stage stage,
        @NotNull @Valid PersonRequest child,
        @NotEmpty @Size(max = 2) List<@Valid @NotNull GuardianRequest> guardians,
        @NotBlank @Size(max = 200) String hukouAddress) {

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
