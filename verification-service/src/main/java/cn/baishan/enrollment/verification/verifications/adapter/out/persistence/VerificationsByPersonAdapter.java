package cn.baishan.enrollment.verification.verifications.adapter.out.persistence;

import cn.baishan.enrollment.platform.crypto.IdNumberVault;
import cn.baishan.enrollment.verification.verifications.usecase.port.VerificationsByPerson;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** By blind index: the child's on {@code verification}, the guardians' in {@code verification_guardian_index}. */
@Component
class VerificationsByPersonAdapter implements VerificationsByPerson {

    private final JdbcClient jdbc;
    private final IdNumberVault vault;

    VerificationsByPersonAdapter(JdbcClient jdbc, IdNumberVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    @Override
    public List<UUID> applicationsConcerning(String idNumber) {
        return jdbc.sql(
                        """
                        select application_id from verification where child_id_index = :index
                        union
                        select v.application_id from verification v
                          join verification_guardian_index g on g.verification_id = v.id
                        where g.id_index = :index
                        """)
                .param("index", vault.blindIndex(idNumber))
                .query(UUID.class)
                .list();
    }
}
