package cn.baishan.enrollment.registration.applications.usecase.port;

import cn.baishan.enrollment.registration.applications.domain.Application;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores applications. Implemented by the persistence adapter. */
public interface ApplicationRepository {

    Optional<Application> load(UUID id);

    List<Application> listByOwner(String ownerId);

    /** The application an owner created with an idempotency key, with the fingerprint of that request. */
    Optional<KeyedApplication> findByIdempotencyKey(String ownerId, String idempotencyKey);

    /**
     * Inserts a new application. Throws {@link AlreadyExists} when the key or the child's active
     * application is already taken (e.g. a concurrent request won).
     */
    void insert(Application application, String idempotencyKey, String requestFingerprint);

    /** Inserts an application collection-point staff submitted, with the parent's contact and claim code. */
    void insertAssisted(
            Application application, String idempotencyKey, String requestFingerprint, AssistedContact contact);

    /** The unclaimed assisted application with this claim code for this child, if both match. */
    Optional<Application> findClaimable(String claimCode, String childIdNumber);

    /** Assisted applications of a district, newest first. */
    List<AssistedApplication> listAssisted(String districtCode);

    /**
     * Stores the application's current state and declaration (a supplement changes it). Throws
     * {@link AlreadyExists} when a corrected child ID number already has an application.
     */
    void update(Application application);

    /**
     * An application found by its owner's idempotency key, with the fingerprint of that request and,
     * for an unclaimed assisted application, its claim code (so staff can reprint it).
     */
    record KeyedApplication(Application application, String requestFingerprint, String claimCode) {}

    /** What collection-point staff record beside the form: the parent's phone and the one-time claim code. */
    record AssistedContact(String parentPhone, String claimCode) {}

    /** An assisted application as its district's staff list it. */
    record AssistedApplication(Application application, String parentPhone, Instant claimedAt) {}

    /** A uniqueness rule held by the database refused the insert. */
    class AlreadyExists extends RuntimeException {

        /** Which rule: the owner's idempotency key, or the child's one active application per stage and year. */
        public enum Rule {
            IDEMPOTENCY_KEY,
            ACTIVE_APPLICATION_PER_CHILD
        }

        private final Rule rule;

        public AlreadyExists(Rule rule, Throwable cause) {
            super(rule.name(), cause);
            this.rule = rule;
        }

        public Rule rule() {
            return rule;
        }
    }
}
