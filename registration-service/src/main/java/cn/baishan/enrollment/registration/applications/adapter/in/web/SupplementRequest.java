package cn.baishan.enrollment.registration.applications.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The corrected parts of the form; a part left out stays as it is. {@code guardians} and {@code claims}
 * replace the whole list / all claims. District, year and stage cannot change (unknown fields here).
 */
record SupplementRequest(
        @Valid SubmitApplicationRequest.PersonRequest child,
        @Size(min = 1, max = 2) List<SubmitApplicationRequest.@Valid @NotNull GuardianRequest> guardians,
        @Size(max = 200) String hukouAddress,
        @Valid ClaimsRequest claims) {}
