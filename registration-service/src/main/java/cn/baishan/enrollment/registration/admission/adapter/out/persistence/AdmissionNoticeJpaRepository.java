package cn.baishan.enrollment.registration.admission.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdmissionNoticeJpaRepository extends JpaRepository<AdmissionNoticeEntity, UUID> {

    Optional<AdmissionNoticeEntity> findFirstByApplicationIdOrderByIssuedAtDescIdDesc(UUID applicationId);
}
