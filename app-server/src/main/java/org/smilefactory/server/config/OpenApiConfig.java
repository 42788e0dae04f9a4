package org.smilefactory.server.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.smilefactory.core.api.Session;
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

    @Bean
    OpenAPI hubOpenApi() {
        return new OpenAPI()
                .info(new Info().title("SmileFactory Hub API").version("v1")
                        .description("The SmileFactory Hub contract over HTTP. Errors are application/problem+json with "
                                + "type https://smilefactory.africa/problems/<kind>. Public: GET /api/v1/hub, "
                                + "POST /api/v1/hub/setup, POST /api/v1/sessions."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The token returned by POST /api/v1/sessions")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
