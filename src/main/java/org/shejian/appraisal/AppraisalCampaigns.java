package org.shejian.appraisal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shejian.appraisal.internal.BallotRepository;
import org.shejian.appraisal.internal.BallotRepository.Tally;
import org.shejian.appraisal.internal.AppraisalCampaignRepository;
import org.shejian.appraisal.internal.PlaqueRepository;
import org.shejian.audit.AuditLog;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns: opened, edited before opening and finalised by city administrators; read
 * by everybody with their sites and results (aggregates only).
 */
@Service
@Transactional
public class AppraisalCampaigns {

	private static final Logger logger = LoggerFactory.getLogger(AppraisalCampaigns.class);

	private final AppraisalCampaignRepository repository;

	private final BallotRepository ballots;

	private final PlaqueRepository plaques;

	private final RatedSites sites;

	private final AuditLog audit;

	private final AppraisalProperties properties;

	private final Clock clock;

	AppraisalCampaigns(AppraisalCampaignRepository repository, BallotRepository ballots, PlaqueRepository plaques,
			RatedSites sites, AuditLog audit, AppraisalProperties properties, Clock clock) {
		this.repository = repository;
		this.ballots = ballots;
		this.plaques = plaques;
		this.sites = sites;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every campaign, the latest years first. */
	@Transactional(readOnly = true)
	public List<Campaign> all() {
		return this.repository.all();
	}

	/** The campaigns open for voting now. */
	@Transactional(readOnly = true)
	public List<Campaign> open() {
		return this.repository.openAt(this.clock.instant());
	}

	/**
	 * @throws Problem (404) when there is no such campaign
	 */
	@Transactional(readOnly = true)
	public Campaign get(long id) {
		return this.repository.find(id).orElseThrow(() -> Problem.notFound("appraisal.campaign.notFound", id));
	}

	/** Where a campaign stands now. */
	public Campaign.State state(Campaign campaign) {
		return campaign.state(this.clock.instant());
	}

	/** The live sites a campaign appraises, in title order. */
	@Transactional(readOnly = true)
	public List<Subject> sites(Campaign campaign) {
		return this.sites.live(campaign.category())
			.stream()
			.sorted(Comparator.comparing(Subject::title).thenComparingLong(Subject::siteId))
			.toList();
	}

	/**
	 * Opens a campaign (it starts scheduled, or open when its opening has passed).
	 * @throws Problem (403) for anyone but a city administrator, (400) for a bad field,
	 * (409) when the category already has a campaign that year
	 */
	public Campaign create(Actor actor, CampaignForm form) {
		requireCityAdmin(actor);
		Campaign campaign = read(form, 0, 0);
		if (this.repository.exists(campaign.category(), campaign.year())) {
			throw Problem.conflict("appraisal.campaign.exists", campaign.year());
		}
		long id = this.repository.insert(campaign);
		Campaign stored = get(id);
		this.audit.record("appraisal.campaign.create", "appraisal-campaign:" + id, actor.unitId(), null, stored);
		logger.info("Appraisal campaign {} created for {} {}", id, stored.category(), stored.year());
		return stored;
	}

	/**
	 * Changes a campaign before it opens; its category stays.
	 * @throws Problem (409) once it has opened or when the version is stale
	 */
	public Campaign edit(Actor actor, long id, CampaignForm form) {
		requireCityAdmin(actor);
		Campaign before = get(id);
		if (state(before) != Campaign.State.SCHEDULED) {
			throw Problem.conflict("appraisal.campaign.started");
		}
		Campaign changed = read(form, id, (form.version() != null) ? form.version() : before.version());
		if (changed.category() != before.category()) {
			throw Problem.invalid("appraisal.campaign.categoryFixed");
		}
		if (changed.year() != before.year() && this.repository.exists(changed.category(), changed.year())) {
			throw Problem.conflict("appraisal.campaign.exists", changed.year());
		}
		if (!this.repository.update(changed, this.clock.instant())) {
			throw Problem.conflict("record.stale");
		}
		Campaign after = get(id);
		this.audit.record("appraisal.campaign.edit", "appraisal-campaign:" + id, actor.unitId(), before, after);
		return after;
	}

	/**
	 * Closes a campaign (at once, if still open) and awards its plaques: the top ranked
	 * sites get the plaque of its year; every other standing holder of the category loses
	 * its plaque, dated now.
	 * @throws Problem (409) before opening, when already finalised, or when a later year
	 * of the category is finalised
	 */
	public Finalised finalise(Actor actor, long id) {
		requireCityAdmin(actor);
		Campaign campaign = this.repository.lock(id)
			.orElseThrow(() -> Problem.notFound("appraisal.campaign.notFound", id));
		Instant now = this.clock.instant();
		switch (campaign.state(now)) {
			case SCHEDULED -> throw Problem.conflict("appraisal.campaign.notOpened");
			case FINALISED -> throw Problem.conflict("appraisal.campaign.finalised");
			default -> {
			}
		}
		if (this.repository.laterFinalised(campaign.category(), campaign.year())) {
			throw Problem.conflict("appraisal.campaign.laterFinalised");
		}
		this.repository.finalise(id, now);
		Campaign closed = get(id);
		List<SiteResult> results = results(closed);

		List<Long> awarded = new ArrayList<>();
		for (SiteResult result : results) {
			if (result.awarded()) {
				this.plaques.award(result.siteId(), closed.category(), closed.year(), id, result.rank(), now);
				awarded.add(result.siteId());
			}
		}
		Set<Long> winners = new HashSet<>(awarded);
		List<Long> withdrawn = this.plaques.standing(closed.category(), closed.year())
			.stream()
			.map(Plaque::siteId)
			.distinct()
			.filter((siteId) -> !winners.contains(siteId))
			.toList();
		withdrawn.forEach((siteId) -> this.plaques.withdraw(siteId, closed.category(), closed.year(), now));

		long counted = results.stream().mapToLong(SiteResult::count).sum();
		Finalised outcome = new Finalised(closed, counted, awarded, withdrawn);
		this.audit.record("appraisal.campaign.finalise", "appraisal-campaign:" + id, actor.unitId(), campaign, outcome);
		logger.info("Appraisal campaign {} finalised: {} ballots, {} plaques awarded, {} withdrawn", id, counted,
				awarded.size(), withdrawn.size());
		return outcome;
	}

	/**
	 * The results of a campaign per site: every live site and every site with ballots,
	 * ranked by the lower end of its interval among those with enough ballots; before
	 * finalising, {@code awarded} says who would get the plaque now.
	 */
	@Transactional(readOnly = true)
	public List<SiteResult> results(Campaign campaign) {
		Map<Long, Subject> known = new LinkedHashMap<>();
		this.sites.live(campaign.category()).forEach((site) -> known.put(site.siteId(), site));
		Map<Long, Tally> tallies = new LinkedHashMap<>();
		for (Tally tally : this.ballots.tallies(campaign.id())) {
			tallies.put(tally.siteId(), tally);
			if (!known.containsKey(tally.siteId())) {
				Optional<Subject> site = this.sites.find(tally.siteId());
				known.put(tally.siteId(), site
					.orElse(new Subject(tally.siteId(), campaign.category(), "#" + tally.siteId(), 0, "", false)));
			}
		}
		List<Scored> scored = new ArrayList<>();
		for (Subject site : known.values()) {
			Tally tally = tallies.getOrDefault(site.siteId(), new Tally(site.siteId(), 0, 0));
			double[] interval = Scores.interval(tally.count(), tally.sum());
			double mean = (tally.count() > 0) ? (double) tally.sum() / tally.count() : 0;
			boolean eligible = site.live() && tally.count() >= campaign.minBallots();
			scored.add(new Scored(site, tally.count(), mean, interval[0], interval[1], eligible));
		}
		scored.sort(Comparator.comparing(Scored::eligible)
			.reversed()
			.thenComparing(Comparator.comparingDouble(Scored::lower).reversed())
			.thenComparing(Comparator.comparingLong(Scored::count).reversed())
			.thenComparingLong((s) -> s.site().siteId()));
		List<SiteResult> results = new ArrayList<>();
		int rank = 0;
		for (Scored s : scored) {
			Integer place = s.eligible() ? ++rank : null;
			results.add(new SiteResult(s.site().siteId(), s.site().title(), s.site().path(), s.count(), s.mean(),
					s.lower(), s.upper(), place, place != null && place <= campaign.awardCount()));
		}
		return results;
	}

	/**
	 * The results as the public sees them: only once voting has closed, so that a running
	 * count does not sway the voters. City administrators see {@link #results} at any
	 * time.
	 * @throws Problem (409) while the campaign is scheduled or open
	 */
	@Transactional(readOnly = true)
	public List<SiteResult> publishedResults(Campaign campaign) {
		Campaign.State state = state(campaign);
		if (state == Campaign.State.SCHEDULED || state == Campaign.State.OPEN) {
			throw Problem.conflict("appraisal.results.pending", Dates.DISPLAY.format(campaign.closesAt()));
		}
		return results(campaign);
	}

	/**
	 * The comments on a site, for city administrators: text only, in text order, without
	 * rating, time or voter.
	 */
	@Transactional(readOnly = true)
	public List<String> comments(Actor actor, long campaignId, long siteId) {
		requireCityAdmin(actor);
		return this.ballots.comments(get(campaignId).id(), siteId);
	}

	private Campaign read(CampaignForm form, long id, int version) {
		SiteCategory category;
		try {
			category = SiteCategory.valueOf(Text.compact(form.category()));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw Problem.invalid("appraisal.campaign.category");
		}
		if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
			throw Problem.invalid("appraisal.campaign.year");
		}
		Instant opens = instant(form.opensAt());
		Instant closes = instant(form.closesAt());
		if (!closes.isAfter(opens)) {
			throw Problem.invalid("appraisal.campaign.order");
		}
		int awardCount = (form.awardCount() != null) ? form.awardCount() : this.properties.awardCount();
		int minBallots = (form.minBallots() != null) ? form.minBallots() : this.properties.minBallots();
		if (awardCount < 1 || awardCount > 1000 || minBallots < 1) {
			throw Problem.invalid("appraisal.campaign.counts");
		}
		String title = Text.isBlank(form.title()) ? form.year() + " " + category.name() : Text.title(form.title(), 200);
		return new Campaign(id, category, form.year(), title, opens, closes, awardCount, minBallots, null, version);
	}

	private static Instant instant(String value) {
		if (Text.isBlank(value)) {
			throw Problem.invalid("appraisal.campaign.time", "");
		}
		String text = Text.normalise(value).replace(" ", "T");
		try {
			return LocalDateTime.parse(text).atZone(Dates.ZONE).toInstant();
		}
		catch (DateTimeException ex) {
			throw Problem.invalid("appraisal.campaign.time", text);
		}
	}

	private static void requireCityAdmin(Actor actor) {
		if (actor == null || !actor.has(Role.CITY_ADMIN)) {
			throw Problem.forbidden("role.missing");
		}
	}

	/**
	 * What finalising did.
	 *
	 * @param campaign the campaign as finalised
	 * @param ballots the ballots counted
	 * @param awarded the sites awarded, best first
	 * @param withdrawn the earlier holders whose plaque was withdrawn
	 */
	public record Finalised(Campaign campaign, long ballots, List<Long> awarded, List<Long> withdrawn) {
	}

	private record Scored(Subject site, long count, double mean, double lower, double upper, boolean eligible) {
	}

}
