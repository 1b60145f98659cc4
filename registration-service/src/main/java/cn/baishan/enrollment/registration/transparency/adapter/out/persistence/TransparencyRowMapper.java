package cn.baishan.enrollment.registration.transparency.adapter.out.persistence;

import cn.baishan.enrollment.registration.transparency.domain.DepartmentQuery;
import cn.baishan.enrollment.registration.transparency.domain.Dispute;
import org.mapstruct.Mapper;

/** Query and dispute rows to domain records (rows are filled field by field in the adapter). */
@Mapper
interface TransparencyRowMapper {

    DepartmentQuery toDomain(DepartmentQueryEntity row);

    Dispute toDomain(DisputeEntity row);
}
