package org.shejian.sites;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every kind of script smuggled into a body or a plain text: mixed case, entities,
 * whitespace inside the scheme, SVG and MathML, and another site's files.
 */
class SiteRichTextTests {

	private static final List<String> HOSTILE_LINKS = List.of("JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
			"&#x6A;avascript:alert(1)", "java\tscript:alert(1)", "java&#x09;script:alert(1)", " javascript:alert(1)",
			"\njavascript:alert(1)", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
			"data:text/html,<script>alert(1)</script>", "DATA:image/svg+xml;base64,PHN2Zz4=", "/s/other/files/7",
			"//evil.example/s/site1/files/7", "/s/site1/files/7/../../other/files/8");

	@Test
	void noHostileLinkOrImageSurvives() {
		for (String link : HOSTILE_LINKS) {
			String body = RichText.clean("<p>正文<a href=\"" + link + "\">链接</a><img src=\"" + link + "\" alt=\"图\"></p>",
					"site1");
			assertThat(body).as(link)
				.doesNotContainIgnoringCase("script")
				.doesNotContainIgnoringCase("data:")
				.doesNotContain("other")
				.doesNotContain("evil")
				.doesNotContain("src=")
				.doesNotContain("href=");
		}
	}

	@Test
	void noScriptingElementOrHandlerSurvives() {
		String body = RichText.clean("<p>正文</p><svg onload=alert(1)><script>alert(2)</script></svg>"
				+ "<math><mtext><table><mglyph><style><img src=x onerror=alert(3)></style></mglyph></table></mtext></math>"
				+ "<SCRIPT>alert(4)</SCRIPT><p OnClick=\"alert(5)\" style=\"background:url(javascript:alert(6))\">x</p>"
				+ "<iframe src=\"https://evil.example\"></iframe><object data=\"x\"></object><form><input></form>",
				"site1");
		assertThat(body).doesNotContainIgnoringCase("svg")
			.doesNotContainIgnoringCase("math")
			.doesNotContainIgnoringCase("script")
			.doesNotContainIgnoringCase("onload")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("onclick")
			.doesNotContainIgnoringCase("style")
			.doesNotContainIgnoringCase("iframe")
			.doesNotContainIgnoringCase("object")
			.doesNotContainIgnoringCase("<input");
	}

	@Test
	void theSitesOwnFilesAreKept() {
		assertThat(RichText.clean("<p><img src=\"/s/site1/files/7\" alt=\"图\"></p>", "site1"))
			.contains("src=\"/s/site1/files/7\"");
	}

	@Test
	void plainTextWithMarkupIsRefused() {
		for (String text : List.of("<svg onload=alert(1)>", "<ScRiPt>alert(1)</ScRiPt>", "< math>", "</title><script>",
				"&#60;script&#62;", "&lt;b&gt;", "<!-- x -->", "<a href=\" javascript:alert(1)\">x</a>")) {
			assertThatExceptionOfType(Problem.class).as(text)
				.isThrownBy(() -> RichText.plain(text, 200))
				.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("site.text.markup"));
			assertThatExceptionOfType(Problem.class).as(text).isThrownBy(() -> RichText.plainProse(text, 2000));
		}
	}

}
