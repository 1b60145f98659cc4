package cn.baishan.enrollment.registration.applications.adapter.in.web;

import cn.baishan.enrollment.registration.applications.domain.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The form as collection-point staff type it for a parent, plus the parent's phone. Staff cannot
 * reference a family's stored people: the child and guardians are always typed.
 */
record AssistedApplicationRequest(
        @NotBlank String districtCode,
        @NotNull Integer enrollmentYear,
        @NotNull Stage stage,
        @NotNull @Valid SubmitApplicationRequest.PersonRequest child,
        @NotEmpty @Size(max = 2) List<SubmitApplicationRequest.@Valid @NotNull GuardianRequest> guardians,
        @NotBlank @Size(max = 200) String hukouAddress,
        @Valid ClaimsRequest claims,
        @NotBlank @Pattern(regexp = "1\\d{10}", message = "应为11位手机号码") String parentPhone) {}
