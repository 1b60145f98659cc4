package cn.baishan.enrollment.catchment.pairs.adapter.out.persistence;

import cn.baishan.enrollment.catchment.pairs.domain.PromotionPair;
import cn.baishan.enrollment.catchment.pairs.usecase.port.PromotionPairRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class PromotionPairPersistenceAdapter implements PromotionPairRepository {

    private final JdbcClient jdbc;

    PromotionPairPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replace(Collection<String> districts, Collection<PromotionPair> pairs) {
        for (String district : districts) {
            jdbc.sql("delete from promotion_pair where district_code = :d")
                    .param("d", district)
                    .update();
        }
        for (PromotionPair p : pairs) {
            jdbc.sql(
                            """
                            insert into promotion_pair (primary_school_code, junior_school_code, district_code, note)
                            values (:p, :j, :d, :n)
                            """)
                    .param("p", p.primarySchoolCode())
                    .param("j", p.juniorSchoolCode())
                    .param("d", p.districtCode())
                    .param("n", p.note())
                    .update();
        }
    }

    @Override
    public List<PromotionPair> list(String districtCode) {
        return jdbc.sql(
                        """
                        select * from promotion_pair where (:d::text is null or district_code = :d)
                        order by junior_school_code, primary_school_code
                        """)
                .param("d", districtCode)
                .query((rs, n) -> new PromotionPair(
                        rs.getString("primary_school_code"),
                        rs.getString("junior_school_code"),
                        rs.getString("district_code"),
                        rs.getString("note")))
                .list();
    }
}
