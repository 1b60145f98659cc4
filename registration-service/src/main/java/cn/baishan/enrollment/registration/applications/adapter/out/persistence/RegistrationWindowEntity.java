package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Row of {@code registration.registration_window}. */
@Entity
@Table(name = "registration_window")
class RegistrationWindowEntity {

    @EmbeddedId
    Key key;

    Instant opensAt;
    Instant closesAt;
    String setBy;
    Instant setAt;

    @Embeddable
    record Key(String districtCode, int enrollmentYear, String stage) implements Serializable {}
}
