package cn.baishan.enrollment.simulator.residencepermit;

import cn.baishan.enrollment.simulator.population.IdNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record PermitQuery(
        @NotBlank(message = "不能为空") @Size(max = 64, message = "不能超过64个字符") String requestId,
        @NotNull(message = "不能为空") @Pattern(regexp = IdNumbers.SHAPE, message = "须为18位公民身份号码") String idNumber) {}
