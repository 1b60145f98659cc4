package cn.baishan.enrollment.admission.applicants.usecase;

import cn.baishan.enrollment.admission.applicants.domain.Applicant;
import cn.baishan.enrollment.admission.applicants.domain.ApplicantFile;
import cn.baishan.enrollment.admission.applicants.domain.ApplicantStatus;
import cn.baishan.enrollment.admission.applicants.usecase.port.ApplicantRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
class ViewingApplicants implements ApplicantsQuery, ListApplicantsQuery {

    private final ApplicantRepository applicants;

    ViewingApplicants(ApplicantRepository applicants) {
        this.applicants = applicants;
    }

    @Override
    public Optional<Applicant> byApplicationId(UUID applicationId) {
        return applicants.find(applicationId).map(ApplicantFile::toApplicant);
    }

    @Override
    public Optional<Applicant> byPublicId(String publicId) {
        return applicants.findByPublicId(publicId).map(ApplicantFile::toApplicant);
    }

    @Override
    public List<ApplicantFile> list(String districtCode, Integer enrollmentYear, String stage, ApplicantStatus status) {
        return applicants.list(districtCode, enrollmentYear, stage, status);
    }
}
