package org.shejian.account.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shejian.shared.web.ProblemResponses;

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

	PasswordChangeFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.mustChangePassword() && !isOpen(request.getRequestURI())) {
			if (request.getRequestURI().startsWith("/api/")) {
				this.problems.write(request, response, org.springframework.http.HttpStatus.FORBIDDEN,
						"password.mustChange");
			}
			else {
				response.sendRedirect(PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isOpen(String path) {
		return OPEN.stream().anyMatch((open) -> path.equals(open) || (open.endsWith("/") && path.startsWith(open)));
	}

}
