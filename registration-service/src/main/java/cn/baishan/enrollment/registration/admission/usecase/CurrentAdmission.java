package cn.baishan.enrollment.registration.admission.usecase;

import cn.baishan.enrollment.registration.admission.domain.AdmissionNotice;
import cn.baishan.enrollment.registration.admission.domain.Appeal;
import java.util.Objects;

/**
 * The notice in force for an application, and the appeal that belongs to it: the one filed against
 * it, or else the one whose decision re-issued it (null when neither).
 *
 * @param appealOpen whether an appeal may be filed against this notice now
 */
public record CurrentAdmission(AdmissionNotice notice, Appeal appeal, boolean appealOpen) {

    public CurrentAdmission {
        Objects.requireNonNull(notice);
    }
}
