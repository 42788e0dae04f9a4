package org.smilefactory.core.remote;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.smilefactory.core.api.profiles.IndustryExpertDetails;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.InstitutionDetails;
import org.smilefactory.core.api.profiles.InvestorDetails;
import org.smilefactory.core.api.profiles.MentorDetails;
import org.smilefactory.core.api.profiles.OrganisationDetails;
import org.smilefactory.core.api.profiles.ProfessionalDetails;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.StudentDetails;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The one JSON mapping of the contract's records, used by app-server (as Spring MVC's mapper) and by
 * the remote backend, so the wire format is defined once:
 * <ul>
 *   <li>{@link ProfileDetails} carries a {@code type} discriminator named after its
 *       {@link org.smilefactory.core.api.profiles.ProfileType} ({@code "INNOVATOR"}, ...);</li>
 *   <li>{@code java.time} values as ISO-8601 strings ({@code Instant} in UTC, {@code Duration} as
 *       {@code PT1.5S}); an event's wall-clock times sent with an offset mean that instant
 *       ({@link EventTimesDeserializer});</li>
 *   <li>{@code BigDecimal} as JSON numbers, read back exactly (scale kept);</li>
 *   <li>unknown properties are an error (the server rejects misspelt fields instead of ignoring them);
 *       the client reads answers with {@link #lenientReader()} so a newer server may add fields;</li>
 *   <li>no coercion: a number where a text is expected, a fraction where an integer is expected and
 *       a key given twice are errors; a string with a NUL or a lone surrogate is refused
 *       ({@link StrictStrings}), all with the field's path (decision 0020).</li>
 * </ul>
 */
public final class ContractJson {

    private static final JsonMapper MAPPER = build();

    private ContractJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A copy that ignores unknown properties (for reading answers of a possibly newer server). */
    public static JsonMapper lenientReader() {
        return LENIENT;
    }

    private static final JsonMapper LENIENT = MAPPER.rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static JsonMapper build() {
        return JsonMapper.builder()
                .addMixIn(ProfileDetails.class, ProfileDetailsMixin.class)
                .addModule(new tools.jackson.databind.module.SimpleModule("event-times")
                        .setDeserializerModifier(EventTimesDeserializer.modifier()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // strict input (decision 0020): a number is not a text, 2.5 is not an int, a key
                // given twice is an error rather than "the last one wins"
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new SimpleModule("strict-strings").addDeserializer(String.class, new StrictStrings()))
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.ALWAYS))
                .build();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = InnovatorDetails.class, name = "INNOVATOR"),
            @JsonSubTypes.Type(value = InvestorDetails.class, name = "BUSINESS_INVESTOR"),
            @JsonSubTypes.Type(value = MentorDetails.class, name = "MENTOR"),
            @JsonSubTypes.Type(value = ProfessionalDetails.class, name = "PROFESSIONAL"),
            @JsonSubTypes.Type(value = IndustryExpertDetails.class, name = "INDUSTRY_EXPERT"),
            @JsonSubTypes.Type(value = StudentDetails.class, name = "ACADEMIC_STUDENT"),
            @JsonSubTypes.Type(value = InstitutionDetails.class, name = "ACADEMIC_INSTITUTION"),
            @JsonSubTypes.Type(value = OrganisationDetails.class, name = "ORGANISATION")})
    private interface ProfileDetailsMixin {
    }
}
