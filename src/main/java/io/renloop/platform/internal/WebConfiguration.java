package io.renloop.platform.internal;

import io.renloop.platform.Decimals;
import io.renloop.platform.TenantAdministration;
import java.math.BigDecimal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(ObjectProvider<TenantAdministration> administration) {
		return new RenloopLocaleResolver(administration);
	}

	/** The request id around everything, so that even a rejected request's log lines carry it. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestIdInLogs() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(RequestLogContext.outermost());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Tenant and user once Spring Security has authenticated the request. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> signedInUserInLogs() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(RequestLogContext.signedIn());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/** Decimals of form fields and query parameters, with the exponent bound of {@link Decimals}. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, BigDecimal.class, text -> text.isBlank() ? null : Decimals.parse(text));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}
}
