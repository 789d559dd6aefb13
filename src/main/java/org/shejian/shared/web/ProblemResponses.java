package org.shejian.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shejian.shared.Problem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Builds RFC 9457 problem details with messages in the caller's language, for controllers
 * and for the security filters that answer before any controller runs.
 */
@Component
public class ProblemResponses {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/**
	 * The problem detail for a {@link Problem}, its findings listed under {@code errors}.
	 */
	public ProblemDetail of(Problem problem, Locale locale) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), text(problem, locale));
		detail.setType(URI.create("urn:shejian:problem:" + problem.messageKey()));
		detail.setTitle(problem.status().getReasonPhrase());
		if (!problem.details().isEmpty() && !problem.isLocated()) {
			List<Map<String, String>> errors = problem.details()
				.stream()
				.map((finding) -> Map.of("code", finding.messageKey(), "message", text(finding, locale)))
				.toList();
			detail.setProperty("errors", errors);
		}
		return detail;
	}

	/** The problem's message in the given language. */
	public String text(Problem problem, Locale locale) {
		return problem.text(this.messages, locale);
	}

	public Locale locale(HttpServletRequest request) {
		return this.locales.resolveLocale(request);
	}

	/** Writes a problem straight to the response, for filters. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey,
			Object... arguments) throws IOException {
		ProblemDetail detail = of(new Problem(status, messageKey, arguments), locale(request));
		detail.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(detail));
	}

	/** An authentication entry point for the API: 401 as a problem, no redirect. */
	public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "auth.required");
	}

	/** An access-denied handler for the API: 403 as a problem. */
	public void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		boolean csrf = ex instanceof CsrfException;
		write(request, response, HttpStatus.FORBIDDEN, csrf ? "auth.csrf" : "auth.denied");
	}

	/** The access-denied handler as a bean-friendly type. */
	public AccessDeniedHandler accessDeniedHandler() {
		return this::accessDenied;
	}

}
