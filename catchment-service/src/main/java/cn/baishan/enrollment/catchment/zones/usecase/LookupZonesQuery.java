package cn.baishan.enrollment.catchment.zones.usecase;

import cn.baishan.enrollment.catchment.schools.domain.School;
import cn.baishan.enrollment.catchment.schools.domain.Stage;
import cn.baishan.enrollment.catchment.zones.domain.AddressMatch;
import cn.baishan.enrollment.catchment.zones.domain.Located;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Which zone and school(s): for a point or an address, on a date; answered from memory only. */
@Service
public class LookupZonesQuery {

    private final ZoneDirectoryHolder holder;

    LookupZonesQuery(ZoneDirectoryHolder holder) {
        this.holder = holder;
    }

    public Optional<Answer> byPoint(double lon, double lat, Stage stage, LocalDate date) {
        var snapshot = holder.current();
        return snapshot.directory().locate(lon, lat, stage, date).map(found -> answer(found, snapshot));
    }

    public AddressAnswer byAddress(String address, Stage stage, LocalDate date) {
        var snapshot = holder.current();
        AddressMatch match = snapshot.directory().match(address, stage, date);
        return new AddressAnswer(
                match, match.candidates().stream().map(l -> answer(l, snapshot)).toList());
    }

    private static Answer answer(Located located, ZoneDirectoryHolder.Snapshot snapshot) {
        return new Answer(
                located,
                located.zone().schoolCodes().stream()
                        .map(code -> snapshot.schools().get(code))
                        .filter(s -> s != null)
                        .toList());
    }

    /** A zone found, with its plan version and its schools. */
    public record Answer(Located located, List<School> schools) {}

    /** The address match (outcome, explanation, parsed parts) and the candidate zones. */
    public record AddressAnswer(AddressMatch match, List<Answer> candidates) {}
}
