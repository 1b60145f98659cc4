package cn.baishan.enrollment.registration.applications.usecase.port;

import cn.baishan.enrollment.registration.applications.domain.Application;
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

    void update(Application application);

    record KeyedApplication(Application application, String requestFingerprint) {}

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
