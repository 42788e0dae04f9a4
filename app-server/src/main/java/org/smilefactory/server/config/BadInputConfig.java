package org.smilefactory.server.config;

import org.apache.catalina.Container;
import org.apache.catalina.core.StandardHost;
import org.smilefactory.server.web.ProblemErrorReportValve;
import org.smilefactory.server.web.RequestTextFilter;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Bad input never reaches a service as a 500, and every error is a problem (decision 0020): the
 * parameter guard runs first of all filters; Tomcat's own error page is replaced.
 */
@Configuration(proxyBeanMethods = false)
public class BadInputConfig {

    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
        FilterRegistrationBean<RequestTextFilter> registration = new FilterRegistrationBean<>(new RequestTextFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                // read by the host when it starts, which is after this customizer
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
