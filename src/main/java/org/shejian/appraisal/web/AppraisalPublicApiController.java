package org.shejian.appraisal.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.shejian.appraisal.Ballots;
import org.shejian.appraisal.Campaign;
import org.shejian.appraisal.AppraisalCampaigns;
import org.shejian.appraisal.SiteResult;
import org.shejian.appraisal.Subject;
import org.shejian.appraisal.VoterToken;
import org.shejian.appraisal.Voters;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of the appraisal as JSON, without session: campaigns and their results,
 * codes and voter tokens, and ballots carrying {@code Authorization: Bearer}.
 */
@RestController
@Tag(name = "appraisal-public", description = "Rating the websites: verify a mobile number, then cast ballots")
class AppraisalPublicApiController {

	private static final String BEARER = "Bearer ";

	private final AppraisalCampaigns campaigns;

	private final Voters voters;

	private final Ballots ballots;

	AppraisalPublicApiController(AppraisalCampaigns campaigns, Voters voters, Ballots ballots) {
		this.campaigns = campaigns;
		this.voters = voters;
		this.ballots = ballots;
	}

	@GetMapping("/api/v1/appraisal/public/campaigns")
	@Operation(summary = "The campaigns open for voting now")
	List<Campaign> open() {
		return this.campaigns.open();
	}

	@GetMapping("/api/v1/appraisal/public/campaigns/{id}")
	@Operation(summary = "A campaign and the sites it appraises")
	CampaignView campaign(@PathVariable long id) {
		Campaign campaign = this.campaigns.get(id);
		return new CampaignView(campaign, this.campaigns.state(campaign), this.campaigns.sites(campaign));
	}

	@GetMapping("/api/v1/appraisal/public/campaigns/{id}/results")
	@Operation(summary = "Once voting has closed: count, mean and 95% interval per site, ranked by the lower end")
	List<SiteResult> results(@PathVariable long id) {
		return this.campaigns.publishedResults(this.campaigns.get(id));
	}

	@PostMapping("/api/v1/appraisal/public/codes")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a one-time code to a mainland mobile number")
	void code(@RequestBody Phone phone, HttpServletRequest request, Locale locale) {
		this.voters.requestCode(phone.phone(), request.getRemoteAddr(), locale);
	}

	@PostMapping("/api/v1/appraisal/public/tokens")
	@Operation(summary = "Exchange the code for a voter token")
	VoterToken token(@RequestBody Verification verification) {
		return this.voters.verify(verification.phone(), verification.code());
	}

	@PostMapping("/api/v1/appraisal/public/campaigns/{id}/ballots")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Rate a site 1-5 with an optional comment; a later ballot replaces the earlier")
	void vote(@PathVariable long id, @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
			@RequestBody BallotBody ballot) {
		String token = (auth != null && auth.startsWith(BEARER)) ? auth.substring(BEARER.length()).strip() : null;
		this.ballots.cast(token, id, ballot.siteId(), ballot.rating(), ballot.comment());
	}

	/** A campaign with its state now and its sites. */
	record CampaignView(Campaign campaign, Campaign.State state, List<Subject> sites) {
	}

	/** A number to send a code to. */
	record Phone(String phone) {
	}

	/** A number and the code sent to it. */
	record Verification(String phone, String code) {
	}

	/** A rating of one site. */
	record BallotBody(long siteId, Integer rating, String comment) {
	}

}
