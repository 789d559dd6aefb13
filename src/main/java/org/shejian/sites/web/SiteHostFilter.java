package org.shejian.sites.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shejian.sites.SiteHosts;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves a live site at the root of its own host name: a request whose {@code Host} is a
 * site's host name, for {@code /}, a column, an article, the search or the feed, is
 * forwarded to the same page under {@code /s/{code}/}. Other paths (style sheets, the
 * console) are left alone. Runs before security, so the forwarded path is the one
 * authorised.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SiteHostFilter extends OncePerRequestFilter {

	private final SiteHosts hosts;

	SiteHostFilter(SiteHosts hosts) {
		this.hosts = hosts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (isSitePage(path)) {
			var code = this.hosts.codeOf(request.getServerName());
			if (code.isPresent()) {
				request.getRequestDispatcher("/s/" + code.get() + path).forward(request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	static boolean isSitePage(String path) {
		return path.equals("/") || path.startsWith("/columns/") || path.startsWith("/articles/")
				|| path.equals("/search") || path.equals("/rss.xml") || path.equals("/theme.css");
	}

}
