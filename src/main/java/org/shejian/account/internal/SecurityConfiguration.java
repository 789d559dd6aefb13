package org.shejian.account.internal;

import java.util.List;

import org.shejian.shared.Role;
import org.shejian.shared.web.ImageSources;
import org.shejian.shared.web.ProblemResponses;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Web security: form sign-in with a new session id at sign-in, CSRF protection on every
 * state change, security headers, and who may reach which part. Data scope is checked
 * further in, on every read and write.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:%s;"
			+ " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
			+ " frame-ancestors 'none'";

	private static final String[] UNITS_WORK_ROLES = roleNames(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.STREET_ADMIN,
			Role.COMMUNITY_ADMIN, Role.COMMUNITY_STAFF, Role.LIAISON);

	private static final String[] EDITING_ROLES = roleNames(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.STREET_ADMIN,
			Role.COMMUNITY_ADMIN, Role.COMMUNITY_STAFF, Role.LIAISON, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN);

	/** Metrics for scrapers: HTTP Basic, no session, system administrators only. */
	@Bean
	@Order(1)
	SecurityFilterChain actuator(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole(Role.SYSTEM_ADMIN.name()))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * Open311 GeoReport v2: open reads, posts carry an {@code api_key} the requests
	 * module checks; no session, so no CSRF token either.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain open311(HttpSecurity http) throws Exception {
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * The public side of the appraisal: open to all, without session; ballots carry a
	 * voter token as a bearer token, which the appraisal module checks, so no CSRF token.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain appraisal(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/appraisal/public/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain application(HttpSecurity http, ProblemResponses problems, AccountRepository accounts,
			ObjectProvider<ImageSources> imageSources) throws Exception {
		String policy = csp(
				imageSources.orderedStream().flatMap((sources) -> sources.imageOrigins().stream()).toList());
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/units", "/units/**", "/search", "/login", "/error", "/webjars/**", "/css/**",
					"/js/**", "/img/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/requests", "/requests/**",
					"/appraisal", "/appraisal/**")
			.permitAll()
			// The public websites: they read only what is published.
			.requestMatchers(HttpMethod.GET, "/s/**", "/sites", "/sites/search", "/sitemap.xml", "/robots.txt",
					"/api/v1/sites/*/articles", "/api/v1/sites/*/articles/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/**")
			.permitAll()
			// The catalogue and the standards are public; the read API decides per
			// resource (open, account scope, or key).
			.requestMatchers(HttpMethod.GET, "/catalogue", "/catalogue/**", "/standards", "/standards/**",
					"/api/v1/data/**", "/api/v1/catalogue/resources", "/api/v1/catalogue/resources/**",
					"/api/v1/catalogue/dcat", "/api/v1/standards/**")
			.permitAll()
			// The published map: only published copies, no sign-in.
			.requestMatchers(HttpMethod.GET, "/map", "/map/**", "/api/v1/map/items", "/api/v1/map/items/**",
					"/api/v1/map/layers", "/api/v1/map/districts", "/api/v1/map/clusters", "/api/v1/map/nearby",
					"/api/v1/map/search")
			.permitAll()
			.requestMatchers("/console/grants", "/console/grants/**", "/api/v1/catalogue/grants",
					"/api/v1/catalogue/grants/**")
			.authenticated()
			.requestMatchers("/console", "/console/password")
			.authenticated()
			.requestMatchers("/console/audit", "/console/audit/**")
			.hasRole(Role.AUDIT_ADMIN.name())
			.requestMatchers("/console/imports", "/console/imports/**")
			.hasRole(Role.SYSTEM_ADMIN.name())
			.requestMatchers("/console/accounts", "/console/accounts/**", "/api/v1/accounts", "/api/v1/accounts/**")
			.hasAnyRole(roleNames(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN))
			.requestMatchers("/console/standards", "/console/standards/**")
			.hasRole(Role.CITY_ADMIN.name())
			// The units' own work is not the separated duties': the system and security
			// administrators keep accounts and the registry, not the map, requests,
			// campaigns, websites or the appraisal.
			.requestMatchers("/console/map", "/console/map/**", "/console/requests", "/console/requests/**",
					"/console/request-categories", "/console/request-categories/**", "/console/open311-keys",
					"/console/open311-keys/**", "/console/campaigns", "/console/campaigns/**", "/console/sites",
					"/console/sites/**", "/console/site-articles", "/console/site-articles/**", "/console/site-reviews",
					"/console/appraisal", "/console/appraisal/**")
			.hasAnyRole(UNITS_WORK_ROLES)
			.requestMatchers("/console/**", "/api/**")
			.hasAnyRole(EDITING_ROLES)
			.anyRequest()
			.denyAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/console", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.exceptionHandling(
					(exceptions) -> exceptions.defaultAuthenticationEntryPointFor(problems::unauthorized, api)
						.defaultAccessDeniedHandlerFor(problems::accessDenied, api)
						.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			.addFilterAfter(new PasswordChangeFilter(problems, accounts), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * The content security policy, images also allowed from the given origins (map
	 * tiles); scripts, styles and connections stay on the platform's own origin.
	 */
	static String csp(List<String> imageOrigins) {
		StringBuilder extra = new StringBuilder();
		imageOrigins.stream().distinct().forEach((origin) -> extra.append(' ').append(origin));
		return CSP.formatted(extra);
	}

	private static String[] roleNames(Role... roles) {
		String[] names = new String[roles.length];
		for (int i = 0; i < roles.length; i++) {
			names[i] = roles[i].name();
		}
		return names;
	}

}
