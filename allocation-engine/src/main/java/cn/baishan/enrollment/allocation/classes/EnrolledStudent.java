package cn.baishan.enrollment.allocation.classes;

import java.util.Objects;

/**
 * An enrolled student as class assignment sees them: the public (masked) id, sex and whether the student has
 * special needs. Nothing else — no scores, no ranking — exists here, so no class can be built on merit.
 */
public record EnrolledStudent(String publicId, Sex sex, boolean specialNeeds) {

    public EnrolledStudent {
        Objects.requireNonNull(sex, "sex");
        if (publicId == null || publicId.isBlank()) {
            throw new SunshineClassException("publicId", "required", "every student needs a public id");
        }
    }
}
