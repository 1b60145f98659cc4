package cn.baishan.enrollment.simulator.household;

import cn.baishan.enrollment.simulator.population.IdNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A query about one person; the purpose is mandatory because the registry logs why personal data was read. */
record PersonQuery(
        @NotBlank(message = "不能为空") @Size(max = 64, message = "不能超过64个字符") String requestId,
        @NotNull(message = "不能为空") @Pattern(regexp = IdNumbers.SHAPE, message = "须为18位公民身份号码") String idNumber,
        @NotBlank(message = "不能为空") @Size(max = 64, message = "不能超过64个字符") String purpose) {}
