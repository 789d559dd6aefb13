package org.shejian.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API (and Open311) request bodies larger than {@link #LIMIT} bytes, whether the
 * size is declared up front or only shows while reading; uploads have limits of their
 * own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

	static final int LIMIT = 256 * 1024;

	private final ProblemResponses problems;

	BodySizeLimitFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	/**
	 * Uploads (multipart bodies) are left to the multipart limits, which bound the file
	 * and the request and spool the file to disk: a data file for import is far larger
	 * than any JSON body.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		String uri = request.getRequestURI();
		return !(uri.startsWith("/api/") || uri.startsWith("/open311/"))
				|| (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > LIMIT) {
			this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "request.tooLarge", LIMIT);
			return;
		}
		chain.doFilter(new LimitedRequest(request), response);
	}

	/**
	 * Signals that a body went past the limit while being read.
	 */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("BodyTooLarge");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++this.read > LIMIT) {
						throw new BodyTooLargeException();
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0 && (this.read += n) > LIMIT) {
						throw new BodyTooLargeException();
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
