package cn.baishan.enrollment.registration.transparency.usecase;

import cn.baishan.enrollment.registration.transparency.domain.DepartmentQuery;

/** Keeps a query verification made, as published for the family; the same query twice is kept once. */
public interface RecordDepartmentQueryUseCase {

    void record(DepartmentQuery query);
}
