package org.shejian.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.audit.AuditRecord;
import org.shejian.audit.AuditTrail;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.shejian.web.JsonRequests.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in, lockout, the first-sign-in password change, CSRF, the separated duties and the
 * audit of every attempt.
 */
@Transactional
class SecurityWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditTrail trail;

	@Test
	void signInChangesTheSessionIdAndIsAudited() throws Exception {
		AccountPrincipal admin = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		this.mvc.perform(signIn(admin.username(), TestAccounts.PASSWORD).session(session))
			.andExpect(redirectedUrl("/console"));

		assertThat(session.getId()).isNotEqualTo(before);
		AuditRecord record = this.trail.latest(Long.MAX_VALUE, 1).get(0);
		assertThat(record.action()).isEqualTo("login.success");
		assertThat(record.actor()).isEqualTo(admin.username());
	}

	@Test
	void failedSignInIsAuditedWithoutSayingWhetherTheAccountExists() throws Exception {
		this.mvc.perform(signIn("nobody-here", "Wrong-Password-1")).andExpect(redirectedUrl("/login?error"));

		assertThat(this.trail.latest(Long.MAX_VALUE, 1).get(0).action()).isEqualTo("login.failure");
	}

	@Test
	void repeatedFailuresLockTheAccount() throws Exception {
		AccountPrincipal admin = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(signIn(admin.username(), "Wrong-Password-" + i)).andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(signIn(admin.username(), TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?error"));

		assertThat(this.trail.latest(Long.MAX_VALUE, 1).get(0).after()).contains("LockedException");
	}

	@Test
	void firstSignInLeadsToThePasswordPageUntilChanged() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(signIn("sysadmin", INITIAL_ADMIN_PASSWORD).session(session))
			.andExpect(redirectedUrl("/console"));

		this.mvc.perform(get("/console/units").session(session)).andExpect(redirectedUrl("/console/password"));
		this.mvc.perform(get("/api/v1/accounts").session(session))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:password.mustChange"));
		this.mvc
			.perform(post("/console/password").session(session)
				.with(csrf())
				.param("current", INITIAL_ADMIN_PASSWORD)
				.param("replacement", "short")
				.param("repeat", "short"))
			.andExpect(redirectedUrl("/console/password"));
		this.mvc
			.perform(post("/console/password").session(session)
				.with(csrf())
				.param("current", INITIAL_ADMIN_PASSWORD)
				.param("replacement", "Brand-New-Secret-2026")
				.param("repeat", "Brand-New-Secret-2026"))
			.andExpect(redirectedUrl("/console"));

		this.mvc.perform(get("/console/accounts").session(session)).andExpect(status().isOk());
	}

	@Test
	void formPostsWithoutCsrfTokenAreRefused() throws Exception {
		AccountPrincipal admin = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc.perform(post("/console/units/110101001").with(user(admin)).param("name", "x").param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
	}

	@Test
	void changesAreNeverMadeByGet() throws Exception {
		AccountPrincipal admin = this.accounts.create("110101", Role.DISTRICT_ADMIN);

		this.mvc.perform(get("/console/units/110101001/move").with(user(admin)).param("parent", "110101"))
			.andExpect(status().isMethodNotAllowed());
		this.mvc.perform(get("/logout").with(user(admin))).andExpect(status().is4xxClientError());
	}

	@Test
	void auditAdministratorReadsTheAuditLogAndNothingElse() throws Exception {
		AccountPrincipal auditor = this.accounts.create("11", Role.AUDIT_ADMIN);

		this.mvc.perform(get("/console").with(user(auditor))).andExpect(redirectedUrl("/console/audit"));
		this.mvc.perform(get("/console/audit").with(user(auditor))).andExpect(status().isOk());
		this.mvc.perform(post("/console/audit/verify").with(user(auditor)).with(csrf()))
			.andExpect(content().string(containsString("哈希链完整")));
		this.mvc.perform(get("/console/units").with(user(auditor))).andExpect(status().isForbidden());
		this.mvc.perform(get("/console/accounts").with(user(auditor))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/buildings").param("unit", "11").with(user(auditor)))
			.andExpect(status().isForbidden());
	}

	@Test
	void othersCannotReadTheAuditLog() throws Exception {
		AccountPrincipal system = this.accounts.create("11", Role.SYSTEM_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);

		this.mvc.perform(get("/console/audit").with(user(system))).andExpect(status().isForbidden());
		this.mvc.perform(get("/console/audit").with(user(city))).andExpect(status().isForbidden());
	}

	@Test
	void theSeparatedDutiesDoNotReachTheUnitsOwnWork() throws Exception {
		AccountPrincipal system = this.accounts.create("11", Role.SYSTEM_ADMIN);
		AccountPrincipal security = this.accounts.create("11", Role.SECURITY_ADMIN);
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		for (String page : List.of("/console/map", "/console/map/review", "/console/requests",
				"/console/request-categories", "/console/open311-keys", "/console/campaigns", "/console/sites",
				"/console/sites/coverage", "/console/site-reviews", "/console/appraisal")) {
			this.mvc.perform(get(page).with(user(system))).andExpect(status().isForbidden());
			this.mvc.perform(get(page).with(user(security))).andExpect(status().isForbidden());
			this.mvc.perform(get(page).with(user(city))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/console/units").with(user(system))).andExpect(status().isOk());
		this.mvc.perform(get("/console/accounts").with(user(system))).andExpect(status().isOk());
	}

	@Test
	void noAccountHoldsTwoOfTheSeparatedDuties() throws Exception {
		AccountPrincipal security = this.accounts.create("11", Role.SECURITY_ADMIN);

		this.mvc
			.perform(json(post("/api/v1/accounts"), security,
					"{\"username\":\"two-hats\",\"unitCode\":\"11\",\"roles\":[\"SYSTEM_ADMIN\",\"AUDIT_ADMIN\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:account.roles.separated"));
		this.mvc.perform(json(post("/api/v1/accounts"), security,
				"{\"username\":\"auditor-and-admin\",\"unitCode\":\"11\",\"roles\":[\"AUDIT_ADMIN\",\"CITY_ADMIN\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:account.roles.separatedAlone"));
	}

	@Test
	void securityAdministratorCreatesScopedAccountsOnly() throws Exception {
		AccountPrincipal security = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal districtSecurity = this.accounts.create("110101", Role.SECURITY_ADMIN);

		this.mvc
			.perform(json(post("/api/v1/accounts"), districtSecurity,
					"{\"username\":\"xicheng-admin\",\"unitCode\":\"110102\",\"roles\":[\"DISTRICT_ADMIN\"]}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:scope.outside"));
		this.mvc
			.perform(json(post("/api/v1/accounts"), districtSecurity,
					"{\"username\":\"dongcheng-street\",\"unitCode\":\"110101001\",\"roles\":[\"STREET_ADMIN\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.password").isNotEmpty())
			.andExpect(jsonPath("$.account.mustChangePassword").value(true));
		this.mvc.perform(get("/api/v1/accounts").with(user(security))).andExpect(status().isForbidden());
	}

	@Test
	void noDutyCanReachTheAccountOfAnother() throws Exception {
		AccountPrincipal security = this.accounts.create("11", Role.SECURITY_ADMIN);
		AccountPrincipal system = this.accounts.create("11", Role.SYSTEM_ADMIN);
		AccountPrincipal auditor = this.accounts.create("11", Role.AUDIT_ADMIN);

		this.mvc
			.perform(json(post("/api/v1/accounts"), security,
					"{\"username\":\"second-system\",\"unitCode\":\"11\",\"roles\":[\"SYSTEM_ADMIN\"]}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:account.duty.grant"));
		this.mvc
			.perform(json(post("/api/v1/accounts"), security,
					"{\"username\":\"new-auditor\",\"unitCode\":\"11\",\"roles\":[\"AUDIT_ADMIN\"]}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/console/accounts/" + system.userId() + "/reset").with(user(security)).with(csrf()))
			.andExpect(flash().attribute("error", containsString("命令行")));
		this.mvc.perform(post("/console/accounts/" + auditor.userId() + "/reset").with(user(system)).with(csrf()))
			.andExpect(flash().attribute("error", containsString("命令行")));
		this.mvc
			.perform(json(put("/api/v1/accounts/" + auditor.userId() + "/roles"), system,
					"{\"roles\":[\"CITY_ADMIN\"],\"version\":0}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:account.duty.protected"));
	}

	@Test
	void changedRolesEndTheSessionsAlreadySignedIn() throws Exception {
		AccountPrincipal security = this.accounts.create("11", Role.SECURITY_ADMIN);
		AccountPrincipal district = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(signIn(district.username(), TestAccounts.PASSWORD).session(session))
			.andExpect(redirectedUrl("/console"));

		this.mvc
			.perform(json(put("/api/v1/accounts/" + district.userId() + "/roles"), security,
					"{\"roles\":[\"LIAISON\"],\"version\":0}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(json(put("/api/v1/accounts/" + district.userId() + "/roles"), security,
					"{\"roles\":[\"DISTRICT_ADMIN\",\"COMMUNITY_STAFF\"],\"version\":0}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/console/accounts/" + district.userId() + "/reset").with(user(security)).with(csrf()))
			.andExpect(flash().attribute("notice", containsString("一次性密码")));

		this.mvc.perform(get("/console/units").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/api/v1/buildings").param("unit", "110101").session(session))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void roleMustFitTheLevelOfTheUnit() throws Exception {
		AccountPrincipal security = this.accounts.create("11", Role.SECURITY_ADMIN);

		this.mvc
			.perform(json(post("/api/v1/accounts"), security,
					"{\"username\":\"wrong-level\",\"unitCode\":\"110101001001\",\"roles\":[\"DISTRICT_ADMIN\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:shejian:problem:account.roles.level"));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String username,
			String password) {
		return post("/login").with(csrf()).param("username", username).param("password", password);
	}

}
