package org.smilefactory.server.config;

import java.time.Duration;
import java.util.List;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.server.security.BearerTokenFilter;
import org.smilefactory.server.security.BodySizeLimitFilter;
import org.smilefactory.server.security.RequestAttributes;
import org.smilefactory.server.security.TokenSessionCache;
import org.smilefactory.server.web.AdmissionFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The request pipeline: body size limit, then bearer-token authentication for {@code /api/v1/*};
 * controllers receive the member's {@link Session} as a method parameter. No CORS mapping: browsers
 * on other origins are refused by default.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${smilefactory.server.max-body-bytes:262144}") long maxBytes,
            // a 10 MB file (the media limit) is ~13.4 MB as base64 in JSON
            @Value("${smilefactory.server.max-media-body-bytes:14680064}") long maxMediaBytes,
            // a batch of offline changes (up to SyncService.MAX_PAGE profiles with their details)
            @Value("${smilefactory.server.max-sync-body-bytes:8388608}") long maxSyncBytes) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBytes, maxMediaBytes, maxSyncBytes));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * At most {@code smilefactory.server.max-active-requests} API requests work at once (default four
     * per core; decision 0015); a request waits up to {@code smilefactory.server.max-queue-wait} for its
     * turn before it is told the server is busy. Runs before authentication, so a queue of requests
     * does not each hold a session lookup.
     */
    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(
            @Value("${smilefactory.server.max-active-requests:0}") int maxActive,
            @Value("${smilefactory.server.max-queue-wait:PT10S}") Duration maxWait) {
        int permits = maxActive > 0 ? maxActive : 4 * Runtime.getRuntime().availableProcessors();
        FilterRegistrationBean<AdmissionFilter> registration =
                new FilterRegistrationBean<>(new AdmissionFilter(permits, maxWait));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    /**
     * How long this instance may go on accepting a token without asking the database again
     * (decision 0014); {@code 0} asks on every request.
     */
    @Bean
    TokenSessionCache tokenSessionCache(@Value("${smilefactory.server.token-cache-ttl:PT5S}") Duration ttl) {
        return new TokenSessionCache(ttl);
    }

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(LocalBackend backend, TokenSessionCache cache) {
        FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(new BearerTokenFilter(backend, cache));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return Session.class.equals(parameter.getParameterType());
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binderFactory) {
                Object session = request.getAttribute(RequestAttributes.SESSION,
                        org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
                if (session == null) {
                    throw new IllegalStateException("No session: the endpoint is not behind the bearer-token filter");
                }
                return session;
            }
        });
    }
}
