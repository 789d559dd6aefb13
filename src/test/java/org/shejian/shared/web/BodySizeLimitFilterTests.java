package org.shejian.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The size limit of API bodies: JSON past the limit is refused before it is read, an
 * upload of a data file is left to the multipart limits.
 */
class BodySizeLimitFilterTests {

	private final BodySizeLimitFilter filter = new BodySizeLimitFilter(new ProblemResponses(new StaticMessageSource(),
			new FixedLocaleResolver(Locale.CHINA), JsonMapper.builder().build()));

	@Test
	void refusesAJsonBodyPastTheLimit() throws Exception {
		MockHttpServletRequest request = request("application/json");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void leavesAnUploadPastTheLimitToTheMultipartLimits() throws Exception {
		for (String type : new String[] { "multipart/form-data; boundary=x", "Multipart/Form-Data;boundary=y" }) {
			MockHttpServletRequest request = request(type);
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = new MockFilterChain();

			this.filter.doFilter(request, response, chain);

			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(chain.getRequest()).isSameAs(request);
		}
	}

	private static MockHttpServletRequest request(String contentType) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/exchange/imports");
		request.setContentType(contentType);
		request.setContent(new byte[BodySizeLimitFilter.LIMIT + 1]);
		return request;
	}

}
