package org.shejian.map;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shejian.audit.AuditLog;
import org.shejian.map.internal.CampaignRepository;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collection campaigns: the city centre opens one for a subtree ("every street and
 * community submits its service items and guides by a date"), each unit asked sees its
 * task and submits, and the centre follows progress by district, sees who is late and
 * sends reminders. A unit submits only once it has service items under review or
 * published; the number is kept with the submission.
 */
@Service
@Transactional
public class Campaigns {

	/** Tasks listed a page at a time. */
	public static final int PAGE = 200;

	private final CampaignRepository repository;

	private final Units units;

	private final UnitScope scope;

	private final AuditLog audit;

	private final Clock clock;

	Campaigns(CampaignRepository repository, Units units, UnitScope scope, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a campaign asks for.
	 *
	 * @param title what is asked, in a line
	 * @param instructions what to submit and how
	 * @param scopeUnitCode whose streets and communities are asked (the city when blank)
	 * @param streets whether streets are asked
	 * @param communities whether communities are asked
	 * @param deadline the last day, as 2027-03-31, 2027/3/31 or 2027年3月31日
	 */
	public record CampaignForm(String title, String instructions, String scopeUnitCode, Boolean streets,
			Boolean communities, String deadline) {
	}

	/**
	 * Opens a campaign and asks every current street and community of its scope.
	 * @throws Problem when the actor is not a city administrator, the scope lies outside
	 * theirs, the deadline has passed or nobody would be asked
	 */
	public Campaign open(Actor actor, CampaignForm form) {
		if (!actor.has(Role.CITY_ADMIN)) {
			throw Problem.forbidden("campaign.cityOnly");
		}
		String title = Text.title(form.title(), 200);
		String instructions = Text.prose(form.instructions(), 4000);
		Unit scopeUnit = Text.isBlank(form.scopeUnitCode())
				? this.units.findById(actor.unitId())
					.orElseThrow(() -> Problem.notFound("unit.notFound", actor.unitId()))
				: this.units.find(form.scopeUnitCode().strip())
					.orElseThrow(() -> Problem.notFound("unit.notFound", form.scopeUnitCode()));
		this.scope.check(actor, scopeUnit.id());
		if (!scopeUnit.isCurrent() || scopeUnit.level() == UnitLevel.VILLAGE) {
			throw Problem.invalid("campaign.scope.invalid", scopeUnit.name());
		}
		boolean streets = Boolean.TRUE.equals(form.streets());
		boolean communities = Boolean.TRUE.equals(form.communities());
		if (!streets && !communities) {
			throw Problem.invalid("campaign.nobody");
		}
		if (Text.isBlank(form.deadline())) {
			throw Problem.invalid("campaign.deadline.missing");
		}
		LocalDate deadline = Dates.parse(form.deadline());
		if (deadline.isBefore(today())) {
			throw Problem.invalid("campaign.deadline.past", deadline);
		}
		Instant now = this.clock.instant();
		Campaign campaign = new Campaign(0, title, instructions, scopeUnit.id(), streets, communities, deadline,
				actor.username(), now, null, 0);
		long id = this.repository.insert(campaign);
		int asked = this.repository.createTasks(id, scopeUnit.id(), scopeUnit.depth(), streets, communities);
		if (asked == 0) {
			throw Problem.invalid("campaign.nobody");
		}
		Campaign stored = this.repository.campaign(id).orElseThrow();
		this.audit.record("campaign.open", "campaign:" + id, scopeUnit.id(), null, stored);
		return stored;
	}

	/**
	 * A campaign the actor may follow: its scope lies within theirs or contains their
	 * unit.
	 */
	@Transactional(readOnly = true)
	public Campaign campaign(Actor actor, long id) {
		return this.repository.campaign(id)
			.filter((campaign) -> this.scope.covers(actor, campaign.scopeUnitId())
					|| this.units.isWithin(actor.unitId(), campaign.scopeUnitId()))
			.orElseThrow(() -> Problem.notFound("campaign.notFound", id));
	}

	/** The campaigns the actor follows or takes part in, newest first. */
	@Transactional(readOnly = true)
	public List<Campaign> campaigns(Actor actor) {
		Unit own = ownUnit(actor);
		return this.repository.campaignsTouching(own.id(), own.depth());
	}

	public Campaign close(Actor actor, long id, int version) {
		Campaign campaign = campaign(actor, id);
		if (!actor.has(Role.CITY_ADMIN)) {
			throw Problem.forbidden("campaign.cityOnly");
		}
		if (!this.repository.close(id, version, this.clock.instant())) {
			throw Problem.conflict("record.stale", "campaign:" + id);
		}
		Campaign closed = this.repository.campaign(id).orElseThrow();
		this.audit.record("campaign.close", "campaign:" + id, campaign.scopeUnitId(), campaign, closed);
		return closed;
	}

	/** The actor's own unit's tasks in open campaigns. */
	@Transactional(readOnly = true)
	public List<CampaignTask> ownTasks(Actor actor) {
		return this.repository.tasksOf(actor.unitId());
	}

	/**
	 * Progress by district within the part of the campaign's scope the actor follows,
	 * then the total line.
	 */
	@Transactional(readOnly = true)
	public List<CampaignProgress> progress(Actor actor, long id) {
		Campaign campaign = campaign(actor, id);
		Unit within = followedPart(actor, campaign);
		Instant end = campaign.deadline().plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
		List<CampaignProgress> lines = new ArrayList<>(
				this.repository.progressByDistrict(id, within.id(), within.depth(), end));
		long asked = 0;
		long onTime = 0;
		long late = 0;
		long outstanding = 0;
		for (CampaignProgress line : lines) {
			asked += line.asked();
			onTime += line.onTime();
			late += line.late();
			outstanding += line.outstanding();
		}
		lines.add(new CampaignProgress(within.id(), within.name(), asked, onTime, late, outstanding));
		return lines;
	}

	/**
	 * The tasks of the campaign in a subtree the actor follows (their own by default),
	 * optionally only those not yet submitted.
	 */
	@Transactional(readOnly = true)
	public List<CampaignTask> tasks(Actor actor, long id, String unitCode, boolean outstandingOnly, int page) {
		Campaign campaign = campaign(actor, id);
		Unit within = followedPart(actor, campaign);
		if (!Text.isBlank(unitCode)) {
			Unit chosen = this.units.find(unitCode.strip())
				.orElseThrow(() -> Problem.notFound("unit.notFound", unitCode));
			this.scope.check(actor, chosen.id());
			within = chosen;
		}
		return this.repository.tasksWithin(id, within.id(), within.depth(), outstandingOnly, Math.max(0, page) * PAGE,
				PAGE);
	}

	/**
	 * The unit's task is submitted by one of its own editors, once, while the campaign is
	 * open; late submissions are taken and shown as late.
	 * @throws Problem when the actor does not belong to the unit asked, the unit has no
	 * service item under review or published, or the task was already submitted
	 */
	public CampaignTask submit(Actor actor, long id, String note, int version) {
		Campaign campaign = campaign(actor, id);
		if (!actor.hasAny(Role.ORGANISATION_EDITORS.toArray(Role[]::new))) {
			throw Problem.forbidden("campaign.submit.role");
		}
		CampaignTask task = this.repository.task(id, actor.unitId())
			.orElseThrow(() -> Problem.notFound("campaign.task.notFound", id));
		if (!campaign.isOpen()) {
			throw Problem.conflict("campaign.isClosed", campaign.title());
		}
		if (task.submittedAt() != null) {
			throw Problem.conflict("campaign.task.submitted", Dates.DISPLAY.format(task.submittedAt()));
		}
		int count = this.repository.servicesOffered(task.unitId());
		if (count == 0) {
			throw Problem.invalid("campaign.task.empty");
		}
		String cleanNote = Text.prose(note, 1000);
		if (!this.repository.submit(id, task.unitId(), version, this.clock.instant(), actor.username(), count,
				cleanNote)) {
			throw Problem.conflict("record.stale", "campaign:" + id);
		}
		CampaignTask after = this.repository.task(id, task.unitId()).orElseThrow();
		this.audit.record("campaign.submit", "campaign:" + id, task.unitId(), task, after);
		return after;
	}

	/**
	 * Reminds every unit of the followed part (or a subtree of it) that has not
	 * submitted.
	 * @return how many units were reminded
	 */
	public int remind(Actor actor, long id, String unitCode) {
		Campaign campaign = campaign(actor, id);
		if (!actor.hasAny(Role.CITY_ADMIN, Role.DISTRICT_ADMIN, Role.STREET_ADMIN)) {
			throw Problem.forbidden("campaign.remind.role");
		}
		if (!campaign.isOpen()) {
			throw Problem.conflict("campaign.isClosed", campaign.title());
		}
		Unit within = followedPart(actor, campaign);
		if (!Text.isBlank(unitCode)) {
			within = this.units.find(unitCode.strip()).orElseThrow(() -> Problem.notFound("unit.notFound", unitCode));
			this.scope.check(actor, within.id());
		}
		int reminded = this.repository.remind(id, within.id(), within.depth(), this.clock.instant());
		this.audit.record("campaign.remind", "campaign:" + id, within.id(), null, reminded);
		return reminded;
	}

	/** Today in Beijing, by the platform clock. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Dates.ZONE);
	}

	/**
	 * The part of a campaign an actor follows: the whole scope for those above it, their
	 * own subtree for those inside it.
	 */
	private Unit followedPart(Actor actor, Campaign campaign) {
		long root = this.scope.covers(actor, campaign.scopeUnitId()) ? campaign.scopeUnitId() : actor.unitId();
		return this.units.findById(root).orElseThrow(() -> Problem.notFound("unit.notFound", root));
	}

	private Unit ownUnit(Actor actor) {
		return this.units.findById(actor.unitId()).orElseThrow(() -> Problem.notFound("unit.notFound", actor.unitId()));
	}

}
