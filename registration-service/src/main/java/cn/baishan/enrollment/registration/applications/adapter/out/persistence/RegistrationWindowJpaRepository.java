package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationWindowJpaRepository
        extends JpaRepository<RegistrationWindowEntity, RegistrationWindowEntity.Key> {}
