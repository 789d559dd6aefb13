package org.shejian.appraisal;

import java.time.Clock;
import java.time.Instant;

import org.shejian.appraisal.internal.BallotRepository;
import org.shejian.appraisal.internal.AppraisalCampaignRepository;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Secret ballots: a verified voter rates a site of an open campaign 1–5 with an optional
 * comment; a later ballot replaces the earlier. Nothing is logged or audited per ballot,
 * and nothing depends on the client's address.
 */
@Service
public class Ballots {

	/** The longest comment, in characters. */
	public static final int MAX_COMMENT = 500;

	private final BallotRepository repository;

	private final AppraisalCampaignRepository campaigns;

	private final Voters voters;

	private final RatedSites sites;

	private final VoterKey key;

	private final Clock clock;

	Ballots(BallotRepository repository, AppraisalCampaignRepository campaigns, Voters voters, RatedSites sites,
			VoterKey key, Clock clock) {
		this.repository = repository;
		this.campaigns = campaigns;
		this.voters = voters;
		this.sites = sites;
		this.key = key;
		this.clock = clock;
	}

	/**
	 * Casts (or replaces) the token's voter's ballot on a site. The comment is plain text
	 * kept as written: markup is not interpreted anywhere it is shown.
	 * @throws Problem (401) without a valid token, (404) for an unknown campaign or a
	 * site not appraised in it, (409) outside the voting period, (400) for a rating
	 * outside 1–5 or a comment too long or with control characters
	 */
	public void cast(String token, long campaignId, long siteId, Integer rating, String comment) {
		String voter = this.voters.voter(token)
			.orElseThrow(() -> new Problem(HttpStatus.UNAUTHORIZED, "appraisal.voter.required"));
		Campaign campaign = this.campaigns.find(campaignId)
			.orElseThrow(() -> Problem.notFound("appraisal.campaign.notFound", campaignId));
		Instant now = this.clock.instant();
		requireOpen(campaign, now);
		if (rating == null || rating < 1 || rating > 5) {
			throw Problem.invalid("appraisal.ballot.rating");
		}
		String text = Text.prose(comment, MAX_COMMENT);
		this.sites.find(siteId)
			.filter((site) -> site.live() && site.category() == campaign.category())
			.orElseThrow(() -> Problem.notFound("appraisal.site.notFound", siteId));

		String pseudonym = this.key.hmac("ballot:" + campaignId + ":" + voter);
		if (!this.repository.put(campaignId, siteId, pseudonym, rating, text, now)) {
			requireOpen(this.campaigns.find(campaignId).orElseThrow(), this.clock.instant());
			throw Problem.conflict("appraisal.ballot.closed");
		}
	}

	static void requireOpen(Campaign campaign, Instant now) {
		switch (campaign.state(now)) {
			case SCHEDULED ->
				throw Problem.conflict("appraisal.ballot.notYetOpen", Dates.DISPLAY.format(campaign.opensAt()));
			case CLOSED, FINALISED -> throw Problem.conflict("appraisal.ballot.closed");
			case OPEN -> {
			}
		}
	}

}
