package org.shejian.appraisal;

import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shejian.PlatformTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Ballots are secret: after a whole campaign, neither the logs, nor the audit log, nor
 * the results hold the voter's number, its pseudonym or the ballot's.
 */
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class AppraisalSecrecyDatabaseTests extends PlatformTestSupport {

	@Autowired
	AppraisalFixtures fixtures;

	@Autowired
	Ballots ballots;

	@Autowired
	AppraisalCampaigns campaigns;

	@Autowired
	VoterKey key;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void logsAuditAndResultsHoldNoNumberNorVoter(CapturedOutput output) throws Exception {
		Campaign campaign = this.fixtures.open(SiteCategory.PORTAL, 1, 1);
		String phone = AppraisalFixtures.phone();
		String token = this.fixtures.voter(phone, AppraisalFixtures.address());
		this.ballots.cast(token, campaign.id(), 9201, 5, "秘密的意见");
		this.campaigns.finalise(this.fixtures.cityAdmin(), campaign.id());
		String results = this.mvc.perform(get("/api/v1/appraisal/public/campaigns/{id}/results", campaign.id()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String console = this.mvc
			.perform(get("/console/appraisal/{id}", campaign.id()).with(user(this.fixtures.cityAdmin()))
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String voter = this.key.hmac("voter:" + phone);
		String pseudonym = this.key.hmac("ballot:" + campaign.id() + ":" + voter);
		String audit = String.valueOf(this.jdbc.sql("SELECT * FROM audit_record").query().listOfRows());
		for (String secret : new String[] { phone, phone.substring(3), voter, pseudonym, token }) {
			assertThat(output.getAll()).doesNotContain(secret);
			assertThat(audit).doesNotContain(secret);
			assertThat(results).doesNotContain(secret);
			assertThat(console).doesNotContain(secret);
		}
		assertThat(audit).contains("appraisal.campaign.finalise");
		assertThat(results).contains("\"count\":1");
	}

}
