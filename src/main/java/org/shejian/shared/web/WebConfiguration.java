package org.shejian.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language and time: zh-CN first, English by {@code ?lang=en} (kept in a cookie); one
 * clock for the whole platform, in UTC.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("shejian-lang");
		resolver.setDefaultLocaleFunction(WebConfiguration::requestedLanguage);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * The language of a caller who has not chosen one (by {@code ?lang=} or the cookie):
	 * the first of Chinese and English its {@code Accept-Language} names, Chinese when it
	 * names neither or sends none.
	 */
	static Locale requestedLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") != null) {
			for (Enumeration<Locale> locales = request.getLocales(); locales.hasMoreElements();) {
				String language = locales.nextElement().getLanguage();
				if ("en".equals(language)) {
					return Locale.ENGLISH;
				}
				if ("zh".equals(language)) {
					return Locale.SIMPLIFIED_CHINESE;
				}
			}
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
