package org.smilefactory.server.config;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header: every operation needs a bearer token unless it says otherwise. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    static {
        // the member's session is resolved from the bearer token, not sent by the caller
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Session.class);
    }

    /** The endpoints anyone may call: no security requirement in the document. */
    @Bean
    OpenApiCustomizer publicEndpoints() {
        Map<String, String> open = Map.of("/api/v1/hub", "get", "/api/v1/hub/setup", "post", "/api/v1/sessions", "post");
        return api -> open.forEach((path, method) -> {
            var item = api.getPaths() == null ? null : api.getPaths().get(path);
            var op = item == null ? null : switch (method) {
                case "get" -> item.getGet();
                default -> item.getPost();
            };
            if (op != null) {
                op.setSecurity(List.of());
            }
        });
    }

    /**
     * springdoc documents each details record as {@code allOf [ProfileDetails, own fields]} but does not
     * see the Jackson mix-in (ContractJson) that adds the {@code type} discriminator, so the parent came
     * out empty. Describe the parent as it travels: a {@code type} naming the ProfileType, which picks
     * the record.
     */
    @Bean
    OpenApiCustomizer profileDetailsSchema() {
        return api -> {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            Schema<?> parent = schemas.computeIfAbsent("ProfileDetails", name -> new ObjectSchema());
            parent.type("object");
            parent.addProperty("type", new StringSchema()._enum(
                    java.util.Arrays.stream(ProfileType.values()).map(Enum::name).toList()));
            parent.addRequiredItem("type");
            Discriminator discriminator = new Discriminator().propertyName("type");
            for (ProfileType type : ProfileType.values()) {
                Class<? extends ProfileDetails> record = ProfileDetails.empty(type).getClass();
                ModelConverters.getInstance().readAll(record).forEach(schemas::putIfAbsent);
                discriminator.mapping(type.name(), "#/components/schemas/" + record.getSimpleName());
            }
            parent.discriminator(discriminator);
            parent.description("The details of the member's profile type; `type` names the ProfileType.");
        };
    }

    @Bean
    OpenAPI hubOpenApi() {
        return new OpenAPI()
                .info(new Info().title("SmileFactory Hub API").version("v1")
                        .description("The SmileFactory Hub contract over HTTP. Errors are application/problem+json with "
                                + "type https://smilefactory.africa/problems/<kind>. Public: GET /api/v1/hub, "
                                + "POST /api/v1/hub/setup (with the one-time setupCode the server printed to its log at "
                                + "start), POST /api/v1/sessions. A request that cannot start within the "
                                + "server's queue wait is answered 503 with type .../server-busy and Retry-After."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The token returned by POST /api/v1/sessions")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
