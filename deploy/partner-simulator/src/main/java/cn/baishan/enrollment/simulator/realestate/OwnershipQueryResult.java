package cn.baishan.enrollment.simulator.realestate;

import cn.baishan.enrollment.simulator.population.PopulationFile.Property;
import cn.baishan.enrollment.simulator.population.PropertyUsage;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The registry's answer: every matching property with all of its owners, an empty list when there is none. */
record OwnershipQueryResult(String requestId, List<PropertyView> properties) {

    record PropertyView(
            String propertyId,
            String certificateNumber,
            String addressText,
            String districtCode,
            PropertyUsage usage,
            LocalDate registrationDate,
            List<OwnerView> owners) {}

    record OwnerView(String idNumber, String name, String share) {}

    static OwnershipQueryResult of(String requestId, List<Property> properties, Function<String, String> nameOf) {
        return new OwnershipQueryResult(
                requestId,
                properties.stream()
                        .map(property -> new PropertyView(
                                property.propertyId(),
                                property.certificateNumber(),
                                property.addressText(),
                                property.districtCode(),
                                property.usage(),
                                property.registrationDate(),
                                property.owners().stream()
                                        .map(owner -> new OwnerView(
                                                owner.idNumber(), nameOf.apply(owner.idNumber()), owner.share()))
                                        .toList()))
                        .toList());
    }
}
