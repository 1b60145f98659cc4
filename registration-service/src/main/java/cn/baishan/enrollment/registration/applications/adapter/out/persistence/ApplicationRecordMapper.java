package cn.baishan.enrollment.registration.applications.adapter.out.persistence;

import cn.baishan.enrollment.registration.applications.domain.SupplementItem;
import cn.baishan.enrollment.registration.applications.domain.TimelineEntry;
import cn.baishan.enrollment.registration.applications.domain.VerificationCheck;
import java.util.List;
import org.mapstruct.Mapper;

/** Maps the value parts of an application to their embeddable rows and back. */
@Mapper
interface ApplicationRecordMapper {

    TimelineEmbeddable toRow(TimelineEntry entry);

    TimelineEntry toDomain(TimelineEmbeddable row);

    List<TimelineEmbeddable> timelineRows(List<TimelineEntry> entries);

    List<TimelineEntry> timeline(List<TimelineEmbeddable> rows);

    SupplementItemEmbeddable toRow(SupplementItem item);

    SupplementItem toDomain(SupplementItemEmbeddable row);

    List<SupplementItemEmbeddable> supplementRows(List<SupplementItem> items);

    List<SupplementItem> supplementItems(List<SupplementItemEmbeddable> rows);

    CheckEmbeddable toRow(VerificationCheck check);

    VerificationCheck toDomain(CheckEmbeddable row);

    List<CheckEmbeddable> checkRows(List<VerificationCheck> checks);

    List<VerificationCheck> checks(List<CheckEmbeddable> rows);
}
