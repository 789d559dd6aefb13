package org.shejian.map;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.shejian.audit.AuditLog;
import org.shejian.map.internal.EntryRepository;
import org.shejian.map.internal.PublishedRepository;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;
import org.shejian.shared.geo.CoordinateSystem;
import org.shejian.shared.geo.Coordinates;
import org.shejian.shared.geo.Districts;
import org.shejian.shared.geo.GeoPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Map entries as staff write and review them. Owners (editors whose subtree covers the
 * entry's unit) draft, change, report up, withdraw and verify; a reviewer (the
 * administrator of the level that holds a reported entry, whose subtree covers its unit,
 * or the city centre) approves it one level up, or publishes it at the publishing level,
 * or returns it with feedback. Every change carries the version it was made on; every
 * transition is an event of the entry and a record of the audit log.
 */
@Service
@Transactional
public class MapWorkflow {

	private static final Logger logger = LoggerFactory.getLogger(MapWorkflow.class);

	/** The most entries one list or one batch holds. */
	public static final int MAX_LIST = 200;

	private final EntryRepository entries;

	private final PublishedRepository published;

	private final MapLayers layers;

	private final Units units;

	private final UnitScope scope;

	private final AuditLog audit;

	private final Clock clock;

	private final MapProperties properties;

	private final ApplicationEventPublisher events;

	private final Districts districts = Districts.beijing();

	MapWorkflow(EntryRepository entries, PublishedRepository published, MapLayers layers, Units units, UnitScope scope,
			AuditLog audit, Clock clock, MapProperties properties, ApplicationEventPublisher events) {
		this.entries = entries;
		this.published = published;
		this.layers = layers;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.events = events;
	}

	// ---------------------------------------------------------------- reads

	/**
	 * @throws Problem (404) when there is no such entry in the actor's scope
	 */
	@Transactional(readOnly = true)
	public Entry entry(Actor actor, long id) {
		return this.entries.find(id)
			.filter((entry) -> this.scope.covers(actor, entry.unitId()))
			.orElseThrow(() -> Problem.notFound("map.entry.notFound", id));
	}

	/** Entries of the actor's subtree, newest change first, in the state when given. */
	@Transactional(readOnly = true)
	public List<Entry> entries(Actor actor, EntryState state, int page) {
		return this.entries.within(this.units.subtreeCondition("e.unit_id", actor.unitId()), state,
				Math.max(0, page) * MAX_LIST, MAX_LIST);
	}

	/** Reported entries the actor may decide on, oldest first. */
	@Transactional(readOnly = true)
	public List<Entry> reviewQueue(Actor actor) {
		MapLevel level = reviewingLevel(actor);
		if (level == null) {
			return List.of();
		}
		return this.entries.reported(this.units.subtreeCondition("e.unit_id", actor.unitId()),
				(level == MapLevel.CITY) ? null : level, MAX_LIST);
	}

	/**
	 * Published map items of the actor's subtree that nobody has verified for the
	 * configured number of days, least recently verified first.
	 */
	@Transactional(readOnly = true)
	public List<Entry> stale(Actor actor) {
		return this.entries.stale(this.units.subtreeCondition("e.unit_id", actor.unitId()), staleBefore(), MAX_LIST);
	}

	/** The day before which a verification is stale. */
	public LocalDate staleBefore() {
		return today().minusDays(this.properties.staleAfterDays());
	}

	/** The entry's transitions, oldest first. */
	@Transactional(readOnly = true)
	public List<EntryEvent> history(Actor actor, long id) {
		return this.entries.events(entry(actor, id).id());
	}

	/** Whether the actor may approve or return the entry now. */
	public boolean mayReview(Actor actor, Entry entry) {
		MapLevel level = reviewingLevel(actor);
		return entry.state() == EntryState.REPORTED && level != null && this.scope.covers(actor, entry.unitId())
				&& (level == MapLevel.CITY || level == entry.heldLevel());
	}

	/** Whether the actor is one of the entry's owners. */
	public boolean owns(Actor actor, Entry entry) {
		return isEditor(actor) && this.scope.covers(actor, entry.unitId());
	}

	// ---------------------------------------------------------------- owners

	public Entry create(Actor actor, EntryForm form) {
		requireEditor(actor);
		if (form.kind() == null) {
			throw Problem.invalid("map.kind.missing");
		}
		Unit unit = requireCurrent(scopedUnit(actor, form.unitCode()));
		Entry draft = draft(form, form.kind(), unit, 0L, false, 0);

		long id = this.entries.insert(draft, now());
		Entry stored = this.entries.find(id).orElseThrow();
		event(actor, null, stored, "CREATE", null);
		this.audit.record("map.create", target(id), stored.unitId(), null, stored);
		return stored;
	}

	/**
	 * Changes a draft, a returned entry, or a published one: then the change is a working
	 * copy to be reported, and the published copy stays until it is approved.
	 */
	public Entry change(Actor actor, long id, EntryForm form) {
		Entry before = owned(actor, id);
		requireVersion(form.version(), before);
		if (!before.isEditable()) {
			throw Problem.conflict("map.entry.underReview", id);
		}
		Unit unit = Text.isBlank(form.unitCode()) ? this.units.findById(before.unitId()).orElseThrow()
				: scopedUnit(actor, form.unitCode());
		if (unit.id() != before.unitId()) {
			requireCurrent(unit);
		}
		Entry changed = draft(form, before.kind(), unit, id, before.published(), before.version());

		Entry after = store(changed);
		event(actor, before, after, "CHANGE", null);
		this.audit.record("map.change", target(id), after.unitId(), before, after);
		return after;
	}

	/** Reports a draft or a returned entry to the level above its owners. */
	public Entry report(Actor actor, long id, Integer version) {
		Entry before = owned(actor, id);
		requireVersion(version, before);
		if (before.state() != EntryState.DRAFT && before.state() != EntryState.RETURNED) {
			throw Problem.conflict("map.report.state", Problem.label("map.state." + before.state()));
		}
		Entry reported = with(before, EntryState.REPORTED, ownerLevel(before).above(), before.action());

		Entry after = store(reported);
		event(actor, before, after, "REPORT", null);
		this.audit.record("map.report", target(id), after.unitId(), before, after);
		return after;
	}

	/**
	 * Asks for a published entry to be taken off the public map; the request passes the
	 * same review, and the published copy stays until then.
	 */
	public Entry withdraw(Actor actor, long id, Integer version, String reason) {
		Entry before = owned(actor, id);
		requireVersion(version, before);
		if (!before.published()) {
			throw Problem.conflict("map.withdraw.notPublished", id);
		}
		if (!before.isEditable()) {
			throw Problem.conflict("map.entry.underReview", id);
		}
		Entry request = with(before, EntryState.REPORTED, ownerLevel(before).above(), EntryAction.WITHDRAW);

		Entry after = store(request);
		event(actor, before, after, "WITHDRAW", Text.prose(reason, 2000));
		this.audit.record("map.withdraw", target(id), after.unitId(), before, after);
		return after;
	}

	/**
	 * Confirms that a published entry is still right: only its last-verified date
	 * changes, on the working and the published copy alike.
	 */
	public Entry verify(Actor actor, long id, Integer version) {
		Entry before = owned(actor, id);
		requireVersion(version, before);
		if (!before.published()) {
			throw Problem.conflict("map.verify.notPublished", id);
		}
		Entry verified = new Entry(id, before.kind(), before.unitId(), before.layerId(), before.title(), before.state(),
				before.heldLevel(), before.action(), before.point(), before.pointDistrict(), before.districtFlagged(),
				today(), before.details(), true, before.updatedAt(), before.version());

		Entry after = store(verified);
		this.published.verified(id, after.lastVerified());
		event(actor, before, after, "VERIFY", null);
		this.audit.record("map.verify", target(id), after.unitId(), before.lastVerified(), after.lastVerified());
		return after;
	}

	// ---------------------------------------------------------------- reviewers

	/**
	 * Approves a reported entry: passes it to the level above, or, at the publishing
	 * level (and always for the city centre), publishes it or takes it off the map.
	 * @throws Problem (404) outside the actor's scope, (403) when the actor is not its
	 * reviewer or wrote or reported what is under review, (409) when it is not reported
	 * or has changed since
	 */
	public Entry approve(Actor actor, long id, Integer version, String comment) {
		Entry before = reviewable(actor, id);
		requireVersion(version, before);
		if (authored(actor, before)) {
			throw Problem.forbidden("map.review.ownWork", id);
		}
		MapLevel acting = (reviewingLevel(actor) == MapLevel.CITY) ? MapLevel.CITY : before.heldLevel();
		String note = Text.prose(comment, 2000);
		if (!acting.atLeast(this.properties.publishLevel())) {
			Entry after = store(with(before, EntryState.REPORTED, acting.above(), before.action()));
			event(actor, before, after, "APPROVE", note);
			this.audit.record("map.approve", target(id), after.unitId(), before, after);
			return after;
		}
		return (before.action() == EntryAction.WITHDRAW) ? takeOff(actor, before, note) : publish(actor, before, note);
	}

	/**
	 * Returns a reported entry to its owners with feedback.
	 * @throws Problem (400) without feedback, otherwise as {@link #approve}
	 */
	public Entry sendBack(Actor actor, long id, Integer version, String comment) {
		String feedback = Text.prose(comment, 2000);
		if (feedback == null) {
			throw Problem.invalid("map.return.commentMissing");
		}
		Entry before = reviewable(actor, id);
		requireVersion(version, before);

		Entry after = store(with(before, EntryState.RETURNED, ownerLevel(before), before.action()));
		event(actor, before, after, "RETURN", feedback);
		this.audit.record("map.return", target(id), after.unitId(), before, after);
		return after;
	}

	/**
	 * Approves or returns many entries. Entries outside the actor's scope, not theirs to
	 * review, no longer reported or changed since are left alone and listed with the
	 * reason; the others are decided.
	 */
	public BatchReview.Outcome review(Actor actor, BatchReview batch) {
		if (batch.decision() == null) {
			throw Problem.invalid("map.batch.decisionMissing");
		}
		if (batch.entries() == null || batch.entries().isEmpty() || batch.entries().size() > MAX_LIST) {
			throw Problem.invalid("map.batch.size", MAX_LIST);
		}
		if (batch.entries().stream().anyMatch(Objects::isNull)) {
			throw Problem.invalid("request.malformed");
		}
		if (batch.decision() == ReviewDecision.RETURN && Text.prose(batch.comment(), 2000) == null) {
			throw Problem.invalid("map.return.commentMissing");
		}
		List<Long> done = new ArrayList<>();
		List<BatchReview.Skipped> skipped = new ArrayList<>();
		for (BatchReview.EntryRef ref : batch.entries()) {
			try {
				if (batch.decision() == ReviewDecision.APPROVE) {
					approve(actor, ref.id(), ref.version(), batch.comment());
				}
				else {
					sendBack(actor, ref.id(), ref.version(), batch.comment());
				}
				done.add(ref.id());
			}
			catch (Problem problem) {
				skipped.add(new BatchReview.Skipped(ref.id(), problem.messageKey()));
			}
		}
		logger.info("Map batch review by {}: {} {} decided, {} left alone", actor.username(), batch.decision(),
				done.size(), skipped.size());
		return new BatchReview.Outcome(done, skipped);
	}

	// ---------------------------------------------------------------- steps

	private Entry publish(Actor actor, Entry before, String note) {
		Entry after = store(with(before, EntryState.PUBLISHED, ownerLevel(before), null, true));
		this.published.publish(after, now());
		PublishedEntry copy = this.published.find(after.id()).orElseThrow();
		event(actor, before, after, "PUBLISH", note);
		this.audit.record("map.publish", target(after.id()), after.unitId(), before, copy);
		afterCommit(new EntryPublished(copy));
		return after;
	}

	private Entry takeOff(Actor actor, Entry before, String note) {
		Entry after = store(with(before, EntryState.WITHDRAWN, ownerLevel(before), null, false));
		this.published.withdraw(after.id());
		event(actor, before, after, "UNPUBLISH", note);
		this.audit.record("map.unpublish", target(after.id()), after.unitId(), before, after);
		afterCommit(new EntryWithdrawn(after.id(), after.kind()));
		return after;
	}

	/**
	 * Announces a change of the public copy once it is committed. A listener that fails
	 * is logged and does not fail the committed change.
	 */
	// Limitation: announcements are not stored, so a listener that fails misses one; the
	// indexes rebuild from MapEntries.forEachPublished at start (lifted by Spring
	// Modulith's
	// event publication registry once the platform adopts it).
	private void afterCommit(Object event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			announce(event);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				announce(event);
			}
		});
	}

	private void announce(Object event) {
		try {
			this.events.publishEvent(event);
		}
		catch (RuntimeException ex) {
			logger.error("Map: a listener failed on {}", event, ex);
		}
	}

	/** A new working copy from the form: checked, its point converted once. */
	private Entry draft(EntryForm form, EntryKind kind, Unit unit, long id, boolean published, int version) {
		String title = Text.title(form.title(), 200);
		Long layerId = layer(form.layerCode(), kind);
		GeoPoint point = point(form.lat(), form.lng(), form.crs());
		if (kind == EntryKind.ITEM && point == null) {
			throw Problem.invalid("map.point.missing");
		}
		EntryDetails details = details(form, kind).validated();
		String district = (point != null) ? this.districts.districtOf(point).orElse(null) : null;
		boolean flagged = point != null && isFlagged(unit.id(), district);
		EntryAction action = published ? EntryAction.UPDATE : EntryAction.CREATE;
		return new Entry(id, kind, unit.id(), layerId, title, EntryState.DRAFT, MapLevel.of(unit.level()), action,
				point, district, flagged, today(), details, published, now(), version);
	}

	/**
	 * Reads a point in its declared system and converts it to WGS-84, once.
	 * @return the WGS-84 point, {@code null} when none is given
	 */
	static GeoPoint point(Double lat, Double lng, String crs) {
		if (lat == null && lng == null) {
			return null;
		}
		if (lat == null || lng == null) {
			throw Problem.invalid("map.point.incomplete");
		}
		if (Text.isBlank(crs)) {
			throw Problem.invalid("map.point.systemMissing");
		}
		CoordinateSystem system = CoordinateSystem.parse(crs);
		return Coordinates.toWgs84(GeoPoint.inChina(lat, lng), system);
	}

	/**
	 * Whether the point's district is not the unit's, where the unit's outlines are
	 * known.
	 */
	private boolean isFlagged(long unitId, String pointDistrict) {
		String unitDistrict = String.format("%012d", unitId).substring(0, 6);
		return this.districts.knows(unitDistrict) && !unitDistrict.equals(pointDistrict);
	}

	private Long layer(String code, EntryKind kind) {
		if (Text.isBlank(code)) {
			if (kind == EntryKind.ITEM) {
				throw Problem.invalid("map.layer.missing");
			}
			return null;
		}
		return this.layers.byCode(code).id();
	}

	private static EntryDetails details(EntryForm form, EntryKind kind) {
		EntryDetails given = form.details(kind);
		if (given != null) {
			return given;
		}
		return switch (kind) {
			case ITEM -> new ItemDetails(null, null, null, null, List.of(), List.of());
			case SERVICE -> new ServiceDetails(null, null, null, null, null, null, null, null, null, null, null);
			case POLICY -> new PolicyDetails(null, null, null, null, null, null, null, List.of());
		};
	}

	private Entry store(Entry entry) {
		if (!this.entries.update(entry, now())) {
			throw Problem.conflict("record.stale", target(entry.id()));
		}
		return this.entries.find(entry.id()).orElseThrow();
	}

	private static Entry with(Entry entry, EntryState state, MapLevel held, EntryAction action) {
		return with(entry, state, held, action, entry.published());
	}

	private static Entry with(Entry entry, EntryState state, MapLevel held, EntryAction action, boolean published) {
		return new Entry(entry.id(), entry.kind(), entry.unitId(), entry.layerId(), entry.title(), state, held, action,
				entry.point(), entry.pointDistrict(), entry.districtFlagged(), entry.lastVerified(), entry.details(),
				published, entry.updatedAt(), entry.version());
	}

	private void event(Actor actor, Entry before, Entry after, String action, String comment) {
		Unit unit = this.units.findById(actor.unitId()).orElseThrow();
		this.entries.insertEvent(
				new EntryEvent(0, after.id(), action, (before != null) ? before.state() : null, after.state(),
						after.heldLevel(), actor.username(), unit.id(), MapLevel.of(unit.level()), now(), comment),
				actor.userId());
	}

	private Entry owned(Actor actor, long id) {
		requireEditor(actor);
		return entry(actor, id);
	}

	private Entry reviewable(Actor actor, long id) {
		Entry entry = entry(actor, id);
		if (reviewingLevel(actor) == null) {
			throw Problem.forbidden("role.missing");
		}
		if (entry.state() != EntryState.REPORTED) {
			throw Problem.conflict("map.review.notReported", id, Problem.label("map.state." + entry.state()));
		}
		if (!mayReview(actor, entry)) {
			throw Problem.forbidden("map.review.notYours", id, Problem.label("map.level." + entry.heldLevel()));
		}
		return entry;
	}

	/**
	 * Whether the actor created, changed, reported or asked to withdraw the entry since
	 * it was last published or taken off the map: what is under review is then (partly)
	 * their own work, and another reviewer must approve it.
	 */
	private boolean authored(Actor actor, Entry entry) {
		List<EntryEvent> events = this.entries.events(entry.id());
		for (int i = events.size() - 1; i >= 0; i--) {
			EntryEvent event = events.get(i);
			switch (event.action()) {
				case "PUBLISH", "UNPUBLISH" -> {
					return false;
				}
				case "CREATE", "CHANGE", "REPORT", "WITHDRAW" -> {
					if (event.actorName().equals(actor.username())) {
						return true;
					}
				}
				default -> {
				}
			}
		}
		return false;
	}

	/**
	 * The level at which the actor reviews: their unit's level when they hold its
	 * reviewer role; the city for a city administrator.
	 */
	private MapLevel reviewingLevel(Actor actor) {
		if (actor.has(Role.CITY_ADMIN)) {
			return MapLevel.CITY;
		}
		MapLevel level = this.units.findById(actor.unitId()).map((unit) -> MapLevel.of(unit.level())).orElse(null);
		return (level != null && level.reviewedBy(actor)) ? level : null;
	}

	private MapLevel ownerLevel(Entry entry) {
		return MapLevel.of(this.units.findById(entry.unitId()).orElseThrow().level());
	}

	private Unit scopedUnit(Actor actor, String unitCode) {
		if (Text.isBlank(unitCode)) {
			throw Problem.invalid("unit.code.missing");
		}
		Unit unit = this.units.get(unitCode);
		this.scope.check(actor, unit.id());
		return unit;
	}

	/**
	 * @throws Problem (400, {@code map.unit.retired}) when the unit has been retired: no
	 * new entry is placed there, nor an entry moved there
	 */
	private static Unit requireCurrent(Unit unit) {
		if (!unit.isCurrent()) {
			throw Problem.invalid("map.unit.retired", unit.name(), unit.code());
		}
		return unit;
	}

	private static boolean isEditor(Actor actor) {
		return actor.roles().stream().anyMatch(Role.ORGANISATION_EDITORS::contains);
	}

	private static void requireEditor(Actor actor) {
		if (!isEditor(actor)) {
			throw Problem.forbidden("role.missing");
		}
	}

	private static void requireVersion(Integer given, Entry current) {
		if (given == null) {
			throw Problem.invalid("version.missing");
		}
		if (given != current.version()) {
			throw Problem.conflict("record.stale", target(current.id()));
		}
	}

	private static String target(long id) {
		return "map-entry:" + id;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Dates.ZONE);
	}

}
