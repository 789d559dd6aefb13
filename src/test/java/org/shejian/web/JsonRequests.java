package org.shejian.web;

import org.shejian.account.internal.AccountPrincipal;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A JSON write as a signed-in API client sends it: its principal, a CSRF token and a
 * body.
 */
final class JsonRequests {

	private JsonRequests() {
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, AccountPrincipal principal,
			String body) {
		return request.with(user(principal)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
