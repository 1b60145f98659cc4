package cn.baishan.enrollment.simulator.realestate;

import cn.baishan.enrollment.simulator.population.IdNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Asks for every property owned by any of the given persons, typically a child's guardians. */
record OwnershipQuery(
        @NotBlank(message = "不能为空") @Size(max = 64, message = "不能超过64个字符") String requestId,
        @NotEmpty(message = "至少需要一个身份号码") @Size(max = 10, message = "一次最多查询10人")
                List<@NotNull(message = "不能为空") @Pattern(regexp = IdNumbers.SHAPE, message = "须为18位公民身份号码") String>
                        idNumbers) {}
