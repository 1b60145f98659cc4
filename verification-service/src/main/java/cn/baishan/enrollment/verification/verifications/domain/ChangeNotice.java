package cn.baishan.enrollment.verification.verifications.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A department's notice that something registered about a person changed (a hukou move, a property
 * sale...): every verification that relied on that person is checked again. The notice id is the
 * department's own, unique per department, so a resent notice is recognised.
 */
public record ChangeNotice(
        String noticeId,
        PartnerDepartment department,
        ChangeNoticeKind kind,
        String idNumber,
        LocalDate effectiveDate,
        String detail) {

    public ChangeNotice {
        Objects.requireNonNull(noticeId);
        Objects.requireNonNull(department);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(idNumber);
        Objects.requireNonNull(effectiveDate);
        if (!kind.maySendBy(department)) {
            throw new IllegalArgumentException(department + " may not report " + kind);
        }
        // free text from the department is kept for audit: an ID number typed into it is kept masked only
        detail = detail == null ? null : ID_NUMBER.matcher(detail).replaceAll(m -> Masking.idNumber(m.group()));
    }

    private static final java.util.regex.Pattern ID_NUMBER = java.util.regex.Pattern.compile("\\d{17}[\\dXx]");

    /** The one line the parent sees; says what changed, never whose number. */
    public String reasonForParent() {
        return department.displayName() + "通知登记信息变更（" + kind.description() + "，" + effectiveDate + " 起），重新核验";
    }

    public String subjectMasked() {
        return Masking.idNumber(idNumber);
    }

    @Override
    public String toString() {
        return "ChangeNotice[" + department + "/" + noticeId + " " + kind + " " + subjectMasked() + "]";
    }
}
