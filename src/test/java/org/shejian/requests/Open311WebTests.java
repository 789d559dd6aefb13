package org.shejian.requests;

import java.net.URI;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Open311 GeoReport v2 in JSON and XML: discovery, services, posting with a key,
 * searching, and errors in the specification's form; the residents' pages beside it.
 */
@Tag("database")
@Transactional
class Open311WebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	Open311Keys keys;

	@Autowired
	TestAccounts accounts;

	@Test
	void discoveryAndServicesInBothFormats() throws Exception {
		this.mvc.perform(get("/open311/v2/discovery.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endpoints[0].formats", hasItem("text/xml")));
		this.mvc.perform(get("/open311/v2/discovery.xml"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/discovery/endpoints/endpoint/url").string(endsWith("/open311/v2/")));
		this.mvc.perform(get("/open311/v2/services.json"))
			.andExpect(jsonPath("$[?(@.service_code == 'sanitation')].service_name", hasItem("环境卫生")));
		this.mvc.perform(get("/open311/v2/services.xml").param("lang", "en"))
			.andExpect(xpath("/services/service[service_code='noise']/service_name").string("Noise nuisance"))
			.andExpect(xpath("/services/service[service_code='noise']/metadata").string("false"));
	}

	@Test
	void serviceDefinitionIsNotFoundForACategoryWithoutAttributes() throws Exception {
		this.mvc.perform(get("/open311/v2/services/sanitation.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404))
			.andExpect(jsonPath("$[0].description").value(containsString("sanitation")));
		this.mvc.perform(get("/open311/v2/services/no-such.xml"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
		this.mvc.perform(get("/open311/v2/services/" + TestRequestSources.OWNED_SERVICE + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value(TestRequestSources.OWNED_SERVICE));
	}

	@Test
	void postingNeedsAKeyThatIsNotRevoked() throws Exception {
		this.mvc.perform(open311Post("json", null).param("service_code", "noise"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(containsString("api_key")));
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		Open311Key.Issued issued = this.keys.issue(city, "测试应用");
		this.keys.revoke(city, issued.key().id());

		this.mvc.perform(open311Post("xml", issued.secret()).param("service_code", "noise"))
			.andExpect(status().isForbidden())
			.andExpect(xpath("/errors/error/code").string("403"));
		this.mvc.perform(open311Post("json", "o311_made-up").param("service_code", "noise"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anApplicationWithTheLongestNameAllowedCanPost() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		String key = this.keys.issue(city, "社区服务应用".repeat(16) + "😀😀😀😀").secret();

		this.mvc
			.perform(open311Post("json", key).param("service_code", "noise")
				.param("description", "夜间施工")
				.param("address_id", "110101001001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").exists());
	}

	@Test
	void aKeyInTheAddressIsRefusedAndNothingIsStored() throws Exception {
		String key = key();
		String description = "钥匙写在网址里 " + System.nanoTime();
		for (String query : new String[] { "api_key=", "api%5Fkey=" }) {
			this.mvc
				.perform(post(URI.create("/open311/v2/requests.json?" + query + key))
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.param("service_code", "noise")
					.param("description", description)
					.param("address_id", "110101001001")
					.param("api_key", key))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$[0].description").value(containsString("api_key")));
		}
		this.mvc
			.perform(post("/open311/v2/requests.xml?lang=en").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("service_code", "noise")
				.param("description", description)
				.param("address_id", "110101001001")
				.param("api_key", key))
			.andExpect(status().isOk());
		this.mvc.perform(get("/open311/v2/requests.json").param("service_code", "noise"))
			.andExpect(jsonPath("$[?(@.description == '" + description + "')]", hasSize(1)));
	}

	@Test
	void postsAndReadsBackInJsonAndXml() throws Exception {
		String key = key();
		String id = this.mvc
			.perform(open311Post("json", key).param("service_code", "noise")
				.param("description", "广场舞音响 & 噪声 < 深夜")
				.param("address_id", "110101001001")
				.param("email", "resident@example.cn"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").exists())
			.andExpect(jsonPath("$[0].token").exists())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"service_request_id\":\"(\\d+)\".*", "$1");

		this.mvc.perform(get("/open311/v2/requests/" + id + ".json"))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].agency_responsible").value(containsString("多福巷")))
			.andExpect(jsonPath("$[0].requested_datetime").value(endsWith("+08:00")))
			.andExpect(content().string(not(containsString("resident@example.cn"))));
		this.mvc.perform(get("/open311/v2/request/" + id + ".xml"))
			.andExpect(xpath("/service_requests/request/description").string("广场舞音响 & 噪声 < 深夜"))
			.andExpect(content().string(containsString("&amp; 噪声 &lt; 深夜")));
		this.mvc.perform(get("/open311/v2/requests.json").param("service_request_id", id + ",999999999"))
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc.perform(get("/open311/v2/requests.xml").param("service_code", "noise").param("status", "open"))
			.andExpect(xpath("/service_requests/request[service_request_id='" + id + "']/status").string("open"));
	}

	@Test
	void xmlPostAnswersXmlAndTokensResolve() throws Exception {
		String body = this.mvc
			.perform(open311Post("xml", key()).param("service_code", "sanitation")
				.param("description", "垃圾桶满了")
				.param("lat", "39.935")
				.param("long", "116.405"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/service_requests/request/service_request_id").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = body.replaceAll("(?s).*<token>([^<]+)</token>.*", "$1");
		String id = body.replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");

		this.mvc.perform(get("/open311/v2/tokens/" + token + ".json"))
			.andExpect(jsonPath("$[0].service_request_id").value(id));
		this.mvc.perform(get("/open311/v2/tokens/unknown.xml"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
	}

	@Test
	void badInputIsAnsweredInTheSpecificationsErrorFormat() throws Exception {
		String key = key();
		this.mvc
			.perform(open311Post("json", key).param("service_code", "noise")
				.param("description", "吵")
				.param("lat", "116.405")
				.param("long", "39.935"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(containsString("116.405")));
		this.mvc
			.perform(open311Post("xml", key).param("service_code", "noise")
				.param("description", "吵")
				.param("lat", "48.85")
				.param("long", "2.35")
				.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/description").string(containsString("outside China")));
		this.mvc
			.perform(open311Post("json", key).param("service_code", "noise")
				.param("description", "<b>吵</b>")
				.param("address_id", "110101001001"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(containsString("HTML")));
		this.mvc
			.perform(open311Post("json", key).param("service_code", "noise")
				.param("description", "吵".repeat(4001))
				.param("address_id", "110101001001"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(open311Post("xml", key).param("service_code", "unknown-code")
				.param("description", "吵")
				.param("address_id", "110101001001"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/description").string(containsString("unknown-code")));
	}

	@Test
	void searchRefusesASpanOverNinetyDays() throws Exception {
		this.mvc
			.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01T00:00:00+08:00")
				.param("end_date", "2026-04-02T00:00:00+08:00"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(containsString("90")));
		this.mvc
			.perform(get("/open311/v2/requests.xml").param("start_date", "2026-01-01").param("end_date", "2026-06-01"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/code").string("400"));
		this.mvc.perform(get("/open311/v2/requests.json").param("start_date", "yesterday"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01T00:00:00 08:00")
				.param("end_date", "2026-03-31T00:00:00+0800"))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/open311/v2/requests.json").param("start_date", "2026-03-01")
				.param("end_date", "2026-02-01")
				.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400));
		this.mvc
			.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01").param("end_date", "2026-03-31"))
			.andExpect(status().isOk());
	}

	@Test
	void residentsSendARequestAndFollowIt() throws Exception {
		this.mvc.perform(get("/requests/new").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"description\"")));
		String location = this.mvc
			.perform(post("/requests").with(csrf())
				.param("serviceCode", "elderly-care")
				.param("description", "希望增加助餐点")
				.param("addressId", "110101001001")
				.param("phone", "13900000000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/requests/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("希望增加助餐点")))
			.andExpect(content().string(not(containsString("13900000000"))));
		this.mvc.perform(
				post("/requests").with(csrf()).param("serviceCode", "elderly-care").param("description", "<i>x</i>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HTML")));
	}

	@Test
	void staffSeeTheirQueueAndOthersAreRefused() throws Exception {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		this.mvc
			.perform(open311Post("json", key()).param("service_code", "noise")
				.param("description", "排队测试")
				.param("address_id", "110101001001"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/requests").with(user(community)))
			.andExpect(jsonPath("$[*].description", hasItem("排队测试")));
		this.mvc.perform(get("/console/requests").with(user(community)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("噪声扰民")));
		this.mvc.perform(get("/api/v1/requests").with(user(xicheng)))
			.andExpect(jsonPath("$[*].description", not(hasItem("排队测试"))));
	}

	@Test
	void open311NeedsNoSessionOrCsrfAndBodiesAreBounded() throws Exception {
		this.mvc
			.perform(open311Post("json", key()).param("service_code", "noise")
				.param("description", "无会话")
				.param("address_id", "110101001001"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
		this.mvc
			.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("x".repeat(300 * 1024)))
			.andExpect(status().isPayloadTooLarge());
	}

	private String key() {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		return this.keys.issue(city, "测试应用").secret();
	}

	private static MockHttpServletRequestBuilder open311Post(String format, String key) {
		MockHttpServletRequestBuilder post = post("/open311/v2/requests." + format)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		return (key != null) ? post.param("api_key", key) : post;
	}

}
