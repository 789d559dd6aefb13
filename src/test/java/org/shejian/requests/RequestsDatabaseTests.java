package org.shejian.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.organisation.UnitCode;
import org.shejian.requests.ServiceRequest.Level;
import org.shejian.requests.ServiceRequest.Status;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Requests: the checks of what residents send, routing, escalation when late, answers the
 * resident sees, and the staff's scope.
 */
@Tag("database")
@Transactional
class RequestsDatabaseTests extends PlatformTestSupport {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	Requests requests;

	@Autowired
	RequestEscalation escalation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestServices services;

	@Autowired
	TestAccounts accounts;

	@Test
	void refusesADescriptionOverFourThousandCharacters() {
		assertRefused(form("sanitation", "路".repeat(4001), "110101001001"), "requests.description.tooLong");
		assertThat(submit(form("sanitation", "路".repeat(4000), "110101001001")).description()).hasSize(4000);
	}

	@Test
	void refusesHtmlInsteadOfStrippingIt() {
		assertRefused(form("sanitation", "垃圾<script>alert(1)</script>", "110101001001"), "requests.description.html");
		assertRefused(form("sanitation", "见 <a href=\"x\">图</a>", "110101001001"), "requests.description.html");
		assertRefused(form("sanitation", "楼道&lt;堆物&gt;", "110101001001"), "requests.description.html");
		assertThat(submit(form("sanitation", "温度 < 3 度 & 结冰", "110101001001")).description())
			.isEqualTo("温度 < 3 度 & 结冰");
	}

	@Test
	void refusesAnUnknownServiceCode() {
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.requests.submit(form("no-such-service", "路灯不亮", "110101001001"), "web", ZH))
			.satisfies((problem) -> {
				assertThat(problem.messageKey()).isEqualTo("requests.service.unknown");
				assertThat(problem.status().value()).isEqualTo(404);
			});
	}

	@Test
	void aDescriptionOfFourThousandEmojiIsStoredWholeAndOneMoreIsRefused() {
		String full = "😀".repeat(RequestInput.MAX_DESCRIPTION);

		ServiceRequest stored = submit(form("sanitation", full, "110101001001"));

		assertThat(this.requests.request(stored.id()).description()).isEqualTo(full);
		assertRefused(form("sanitation", full + "😀", "110101001001"), "requests.description.tooLong");
	}

	@Test
	void refusesSwappedAndForeignCoordinates() {
		assertRefused(point("116.405", "39.935"), "geo.swapped");
		assertRefused(point("48.8566", "2.3522"), "geo.outsideChina");
		assertRefused(point("39.935", ""), "requests.point.incomplete");
		assertRefused(point("北纬39", "116.4"), "geo.unreadable");
		assertRefused(point("39,935", "116,405"), "geo.decimalComma");
		assertRefused(point("1e400", "116.405"), "geo.unreadable");
		assertRefused(point("NaN", "116.405"), "geo.unreadable");
		assertRefused(point("39.935", "Infinity"), "geo.unreadable");
		assertRefused(point("0x1.3fp5", "116.405"), "geo.unreadable");
		assertRefused(new RequestForm("sanitation", "无地点", null, null, null, null, null, null, null, null, null),
				"requests.location.missing");
	}

	@Test
	void refusesBadContactAndMediaLinks() {
		RequestForm script = new RequestForm("sanitation", "垃圾", null, null, null, "110101001001", null, null, null,
				null, "javascript:alert(1)");
		assertRefused(script, "requests.mediaUrl.invalid");
		RequestForm email = new RequestForm("sanitation", "垃圾", null, null, null, "110101001001", null, null,
				"not-an-address", null, null);
		assertRefused(email, "requests.email.invalid");
	}

	@Test
	void routesToTheChosenCommunityStreetOrDistrict() {
		assertThat(submit(form("sanitation", "甲", "110101001001")))
			.satisfies((r) -> assertThat(r.unitId()).isEqualTo(id("110101001001")))
			.satisfies((r) -> assertThat(r.level()).isEqualTo(Level.COMMUNITY));
		assertThat(submit(form("sanitation", "乙", "110101001")).level()).isEqualTo(Level.STREET);
		assertThat(submit(form("sanitation", "丙", "110102")).level()).isEqualTo(Level.DISTRICT);
		assertRefused(form("sanitation", "丁", "110101999999"), "requests.unit.unknown");
	}

	@Test
	void routesByTheLocatorThenTheDistrictThenTheCityCentre() {
		assertThat(submit(point("39.935", "116.405")).unitId()).isEqualTo(id("110101001001"));
		assertThat(submit(point("39.915", "116.365"))).satisfies((r) -> assertThat(r.unitId()).isEqualTo(id("110102")))
			.satisfies((r) -> assertThat(r.level()).isEqualTo(Level.DISTRICT));
		// The map's own locator knows every Beijing district by its outline.
		assertThat(submit(point("40.5", "116.9")).unitId()).isEqualTo(id("110118"));
		// A point in China outside the city's outlines: the city centre.
		assertThat(submit(point("39.13", "117.20"))).satisfies((r) -> assertThat(r.unitId()).isEqualTo(id("11")))
			.satisfies((r) -> assertThat(r.level()).isEqualTo(Level.CITY));
	}

	@Test
	void servicesOfOtherModulesAreMergedAndRouteToTheirOwner() {
		assertThat(this.services.services(ZH)).extracting(RequestService::code)
			.contains("sanitation", "noise", "elderly-care", TestRequestSources.OWNED_SERVICE);
		RequestForm form = new RequestForm(TestRequestSources.OWNED_SERVICE, "饭菜凉了", null, null, "某小区", null, null,
				null, null, null, null);

		ServiceRequest request = submit(form);

		assertThat(request.unitId()).isEqualTo(id(TestRequestSources.OWNING_COMMUNITY));
		assertThat(Duration.between(request.requestedAt(), request.dueAt())).isEqualTo(Duration.ofDays(2));
	}

	@Test
	void lateRequestsEscalateToTheStreetThenTheDistrict() {
		ServiceRequest request = submit(form("sanitation", "垃圾三天没人清", "110101001001"));
		Instant start = request.requestedAt();

		this.escalation.escalate(start.plus(Duration.ofDays(2)));
		assertThat(this.requests.request(request.id()).level()).isEqualTo(Level.COMMUNITY);

		this.escalation.escalate(start.plus(Duration.ofDays(4)));
		ServiceRequest atStreet = this.requests.request(request.id());
		assertThat(atStreet.unitId()).isEqualTo(id("110101001"));
		assertThat(atStreet.level()).isEqualTo(Level.STREET);
		assertThat(atStreet.dueAt()).isEqualTo(start.plus(Duration.ofDays(7)));

		this.escalation.escalate(start.plus(Duration.ofDays(8)));
		ServiceRequest atDistrict = this.requests.request(request.id());
		assertThat(atDistrict.unitId()).isEqualTo(id("110101"));
		assertThat(atDistrict.level()).isEqualTo(Level.DISTRICT);

		this.escalation.escalate(start.plus(Duration.ofDays(30)));
		assertThat(this.requests.request(request.id()).unitId()).isEqualTo(id("110101"));
		assertThat(this.requests.publicHistory(request.id())).extracting(RequestEvent::action)
			.containsExactly("SUBMITTED", "ESCALATED", "ESCALATED");
	}

	@Test
	void aLateRequestOfARetiredCommunityPassesARetiredStreetToTheDistrict() {
		ServiceRequest request = submit(form("sanitation", "社区撤并后没人管", "110101001001"));
		this.jdbc.sql("UPDATE org_unit SET valid_to = ? WHERE id IN (?, ?)")
			.params(java.sql.Date.valueOf("2026-01-01"), id("110101001001"), id("110101001"))
			.update();

		this.escalation.escalate(request.requestedAt().plus(Duration.ofDays(4)));

		ServiceRequest moved = this.requests.request(request.id());
		assertThat(moved.unitId()).isEqualTo(id("110101"));
		assertThat(moved.level()).isEqualTo(Level.DISTRICT);
	}

	@Test
	void closedRequestsDoNotEscalate() {
		AccountPrincipal community = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		ServiceRequest request = submit(form("noise", "夜间施工", "110101001001"));
		this.requests.close(community, request.id(), "已协调施工方停止夜间作业。");

		this.escalation.escalate(request.requestedAt().plus(Duration.ofDays(10)));

		assertThat(this.requests.request(request.id()).unitId()).isEqualTo(id("110101001001"));
	}

	@Test
	void answerAndClosingNoteReachTheResident() {
		AccountPrincipal staff = this.accounts.create("110101001001", Role.COMMUNITY_STAFF);
		ServiceRequest request = submit(new RequestForm("road-facilities", "井盖缺失", null, null, "东四北大街", "110101001001",
				"小明", "王", "wang@example.cn", "13800000000", "https://example.cn/p.jpg"));

		this.requests.answer(staff, request.id(), "已通知养护单位，两日内修复。");
		ServiceRequest closed = this.requests.close(staff, request.id(), "井盖已补装。");

		assertThat(closed.status()).isEqualTo(Status.CLOSED);
		assertThat(closed.publicNote()).isEqualTo("井盖已补装。");
		assertThat(this.requests.publicHistory(request.id())).extracting(RequestEvent::note)
			.containsExactly(null, "已通知养护单位，两日内修复。", "井盖已补装。");
		assertThat(this.requests.publicHistory(request.id())).extracting(RequestEvent::actor).containsOnlyNulls();
		assertThat(this.requests.staffView(staff, request.id()).contact().email()).isEqualTo("wang@example.cn");
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.requests.answer(staff, request.id(), "再答复"))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("requests.closed"));
	}

	@Test
	void staffOfAnotherDistrictAreRefused() {
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		ServiceRequest request = submit(form("sanitation", "东城的垃圾", "110101001001"));

		for (Runnable act : List.<Runnable>of(() -> this.requests.staffView(xicheng, request.id()),
				() -> this.requests.answer(xicheng, request.id(), "越权答复"),
				() -> this.requests.close(xicheng, request.id(), "越权办结"))) {
			assertThatExceptionOfType(Problem.class).isThrownBy(act::run)
				.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("scope.outside"));
		}
		assertThat(this.requests.queue(xicheng, null, 0, 200)).extracting(ServiceRequest::id)
			.doesNotContain(request.id());
		assertThat(this.requests.queue(dongcheng, Status.OPEN, 0, 200)).extracting(ServiceRequest::id)
			.contains(request.id());
	}

	@Test
	void searchRefusesASpanOverNinetyDays() {
		Instant now = Instant.parse("2026-06-01T00:00:00Z");
		assertThatExceptionOfType(Problem.class)
			.isThrownBy(() -> this.requests.search(List.of(), List.of(), now.minus(Duration.ofDays(91)), now, Set.of()))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("requests.search.range"));
		assertThat(this.requests.search(List.of(), List.of(), now.minus(Duration.ofDays(90)), now, Set.of()))
			.isNotNull();
	}

	private ServiceRequest submit(RequestForm form) {
		return this.requests.submit(form, "web", ZH).request();
	}

	private void assertRefused(RequestForm form, String key) {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> this.requests.submit(form, "web", ZH))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo(key));
	}

	static RequestForm form(String service, String description, String unitCode) {
		return new RequestForm(service, description, null, null, null, unitCode, null, null, null, null, null);
	}

	static RequestForm point(String lat, String lng) {
		return new RequestForm("sanitation", "路面塌陷", lat, lng, null, null, null, null, null, null, null);
	}

	private static long id(String code) {
		return UnitCode.parse(code).id();
	}

}
