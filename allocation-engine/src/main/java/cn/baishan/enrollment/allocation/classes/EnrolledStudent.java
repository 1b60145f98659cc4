package cn.baishan.enrollment.allocation.classes;

/**
 * An enrolled student as class assignment sees them: the public (masked) id, sex and whether the student has
 * special needs. Nothing else — no scores, no ranking — exists here, so no class can be built on merit.
 */
public record EnrolledStudent(String publicId, Sex sex, boolean specialNeeds) {

    public EnrolledStudent {
        if (publicId == null || publicId.isBlank()) {
            throw new SunshineClassException("publicId", "required", "every student needs a public id");
        }
        if (sex == null) {
            throw new SunshineClassException("sex", "required", "every student needs a sex (F or M)");
        }
    }
}
