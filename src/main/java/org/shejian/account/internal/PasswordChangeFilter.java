package org.shejian.account.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shejian.shared.web.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an account whose password must be changed (the first sign-in, or after a reset)
 * on the password page until it is changed.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

	static final String PAGE = "/console/password";

	private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/error", "/webjars/", "/css/", "/js/",
			"/img/", "/favicon.ico");

	private final ProblemResponses problems;

	private final AccountRepository accounts;

	PasswordChangeFilter(ProblemResponses problems, AccountRepository accounts) {
		this.problems = problems;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& isOutdated(principal)) {
			SecurityContextHolder.clearContext();
			if (request.getSession(false) != null) {
				request.getSession(false).invalidate();
			}
			if (request.getRequestURI().startsWith("/api/")) {
				this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "auth.expired");
			}
			else {
				response.sendRedirect("/login?expired");
			}
			return;
		}
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.mustChangePassword() && !isOpen(request.getRequestURI())) {
			if (request.getRequestURI().startsWith("/api/")) {
				this.problems.write(request, response, HttpStatus.FORBIDDEN, "password.mustChange");
			}
			else {
				response.sendRedirect(PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isOutdated(AccountPrincipal principal) {
		return this.accounts.findById(principal.userId())
			.map((account) -> !account.enabled() || account.version() != principal.version())
			.orElse(true);
	}

	private static boolean isOpen(String path) {
		return OPEN.stream().anyMatch((open) -> path.equals(open) || (open.endsWith("/") && path.startsWith(open)));
	}

}
