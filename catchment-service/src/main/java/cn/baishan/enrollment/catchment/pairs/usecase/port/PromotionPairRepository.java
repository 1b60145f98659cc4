package cn.baishan.enrollment.catchment.pairs.usecase.port;

import cn.baishan.enrollment.catchment.pairs.domain.PromotionPair;
import java.util.Collection;
import java.util.List;

public interface PromotionPairRepository {

    /** Replaces the pairs of the given districts with these. */
    void replace(Collection<String> districts, Collection<PromotionPair> pairs);

    List<PromotionPair> list(String districtCode);
}
