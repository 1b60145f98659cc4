package cn.baishan.enrollment.verification.verifications.adapter.out.persistence;

import cn.baishan.enrollment.verification.verifications.domain.Answers;
import cn.baishan.enrollment.verification.verifications.domain.HouseholdLookup;
import cn.baishan.enrollment.verification.verifications.domain.MigrantLookup;
import cn.baishan.enrollment.verification.verifications.domain.PropertyLookup;
import cn.baishan.enrollment.verification.verifications.domain.ZoneLookup;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of the departments' last answers. The domain's answer types are sealed interfaces without any
 * Jackson in them; the type names are given here, as mix-ins, and are part of the stored format.
 */
final class AnswersJson {

    private final JsonMapper json;

    AnswersJson(JsonMapper base) {
        this.json = base.rebuild()
                .addMixIn(HouseholdLookup.class, HouseholdMixin.class)
                .addMixIn(PropertyLookup.class, PropertyMixin.class)
                .addMixIn(MigrantLookup.class, MigrantMixin.class)
                .addMixIn(ZoneLookup.class, ZoneMixin.class)
                .build();
    }

    String write(Answers answers) {
        return json.writeValueAsString(answers);
    }

    Answers read(String text) {
        return json.readValue(text, Answers.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = HouseholdLookup.Found.class, name = "FOUND"),
        @JsonSubTypes.Type(value = HouseholdLookup.NotFound.class, name = "NOT_FOUND"),
        @JsonSubTypes.Type(value = HouseholdLookup.Unavailable.class, name = "UNAVAILABLE"),
        @JsonSubTypes.Type(value = HouseholdLookup.Awaiting.class, name = "AWAITING")
    })
    interface HouseholdMixin {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PropertyLookup.Found.class, name = "FOUND"),
        @JsonSubTypes.Type(value = PropertyLookup.Unavailable.class, name = "UNAVAILABLE"),
        @JsonSubTypes.Type(value = PropertyLookup.Awaiting.class, name = "AWAITING")
    })
    interface PropertyMixin {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = MigrantLookup.Found.class, name = "FOUND"),
        @JsonSubTypes.Type(value = MigrantLookup.Unavailable.class, name = "UNAVAILABLE"),
        @JsonSubTypes.Type(value = MigrantLookup.Awaiting.class, name = "AWAITING")
    })
    interface MigrantMixin {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ZoneLookup.Matched.class, name = "MATCHED"),
        @JsonSubTypes.Type(value = ZoneLookup.Unresolved.class, name = "UNRESOLVED"),
        @JsonSubTypes.Type(value = ZoneLookup.Unavailable.class, name = "UNAVAILABLE")
    })
    interface ZoneMixin {}
}
