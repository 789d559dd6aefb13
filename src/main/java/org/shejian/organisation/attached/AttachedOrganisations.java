package org.shejian.organisation.attached;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.shejian.audit.AuditLog;
import org.shejian.standards.CreditCode;
import org.shejian.standards.OrganisationCode;
import org.shejian.organisation.Unit;
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
 * Buildings and social organisations, read and changed within the actor's scope. Every
 * unit id a caller sends, in a form, a body or a bulk list, is checked before anything is
 * written.
 */
@Service
@Transactional
public class AttachedOrganisations {

	private final AttachedRepository repository;

	private final Units units;

	private final UnitScope scope;

	private final AuditLog audit;

	private final Clock clock;

	AttachedOrganisations(AttachedRepository repository, Units units, UnitScope scope, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Building> buildings(Actor actor, String unitCode, int page, int size) {
		Unit unit = scopedUnit(actor, unitCode);
		return this.repository.buildingsWithin(unit.id(), unit.depth(), page * size, size);
	}

	@Transactional(readOnly = true)
	public Building building(Actor actor, long id) {
		return this.repository.building(id)
			.filter((building) -> this.scope.covers(actor, building.unitId()))
			.orElseThrow(() -> Problem.notFound("building.notFound", id));
	}

	/**
	 * Adds buildings, all or none: every unit is checked against the actor's scope first.
	 */
	public List<Building> addBuildings(Actor actor, List<BuildingForm> forms) {
		requireEditor(actor);
		List<Building> checked = new ArrayList<>();
		for (BuildingForm form : forms) {
			checked.add(form.toBuilding(null, scopedUnit(actor, form.unitCode()).id(), 0));
		}
		List<Building> added = new ArrayList<>();
		for (Building building : checked) {
			long id = this.repository.insert(building, this.clock.instant());
			Building stored = this.repository.building(id).orElseThrow();
			this.audit.record("building.create", "building:" + id, stored.unitId(), null, stored);
			added.add(stored);
		}
		return added;
	}

	public Building updateBuilding(Actor actor, long id, BuildingForm form) {
		requireEditor(actor);
		Building before = building(actor, id);
		requireVersion(form.version(), before.version(), "building:" + id);
		Building changed = form.toBuilding(id, scopedUnit(actor, form.unitCode()).id(), before.version());
		if (!this.repository.update(changed, this.clock.instant())) {
			throw Problem.conflict("record.stale", "building:" + id);
		}
		Building after = this.repository.building(id).orElseThrow();
		this.audit.record("building.update", "building:" + id, after.unitId(), before, after);
		return after;
	}

	@Transactional(readOnly = true)
	public List<SocialOrganisation> socialOrganisations(Actor actor, String unitCode, int page, int size) {
		Unit unit = scopedUnit(actor, unitCode);
		return this.repository.socialWithin(unit.id(), unit.depth(), page * size, size);
	}

	@Transactional(readOnly = true)
	public SocialOrganisation socialOrganisation(Actor actor, long id) {
		return this.repository.social(id)
			.filter((organisation) -> this.scope.covers(actor, organisation.unitId()))
			.orElseThrow(() -> Problem.notFound("social.notFound", id));
	}

	/** Hubs are public reference data: any signed-in user may choose one. */
	@Transactional(readOnly = true)
	public List<SocialOrganisation> hubs() {
		return this.repository.hubs();
	}

	public SocialOrganisation addSocialOrganisation(Actor actor, SocialForm form) {
		requireEditor(actor);
		SocialOrganisation organisation = validated(form, null, scopedUnit(actor, form.unitCode()).id(), 0);
		long id = this.repository.insert(organisation, this.clock.instant());
		SocialOrganisation stored = this.repository.social(id).orElseThrow();
		this.audit.record("social.create", "social:" + id, stored.unitId(), null, stored);
		return stored;
	}

	public SocialOrganisation updateSocialOrganisation(Actor actor, long id, SocialForm form) {
		requireEditor(actor);
		SocialOrganisation before = socialOrganisation(actor, id);
		requireVersion(form.version(), before.version(), "social:" + id);
		SocialOrganisation changed = validated(form, id, scopedUnit(actor, form.unitCode()).id(), before.version());
		if (!this.repository.update(changed, this.clock.instant())) {
			throw Problem.conflict("record.stale", "social:" + id);
		}
		SocialOrganisation after = this.repository.social(id).orElseThrow();
		this.audit.record("social.update", "social:" + id, after.unitId(), before, after);
		return after;
	}

	private SocialOrganisation validated(SocialForm form, Long id, long unitId, int version) {
		String name = required(form.name());
		if (form.category() == null) {
			throw Problem.invalid("social.category.missing");
		}
		String credit = Text.isBlank(form.creditCode()) ? null : CreditCode.validate(form.creditCode());
		String organisationCode = Text.isBlank(form.organisationCode()) ? null
				: OrganisationCode.validate(form.organisationCode());
		checkCreditCode(credit, organisationCode, form.category(), id);
		if (form.isHub() && (Text.isBlank(form.hubField()) || form.hubLevel() == null)) {
			throw Problem.invalid("social.hub.incomplete");
		}
		if (form.hubId() != null) {
			SocialOrganisation hub = this.repository.social(form.hubId())
				.orElseThrow(() -> Problem.invalid("social.hub.notFound", form.hubId()));
			if (!hub.hub() || Objects.equals(hub.id(), id)) {
				throw Problem.invalid("social.hub.notHub", hub.name());
			}
		}
		return new SocialOrganisation(id, unitId, name, form.category(), credit, organisationCode, form.isHub(),
				form.isHub() ? Text.name(form.hubField(), 100) : null, form.isHub() ? form.hubLevel() : null,
				form.hubId(), version);
	}

	private void checkCreditCode(String credit, String organisationCode, SocialOrganisation.Category category,
			Long id) {
		if (credit == null) {
			return;
		}
		if (CreditCode.department(credit) == '5' && CreditCode.category(credit) != category.creditCategory()) {
			throw Problem.invalid("social.creditCode.category", credit, String.valueOf(CreditCode.category(credit)));
		}
		if (organisationCode != null && !credit.substring(8, 17).equals(organisationCode)) {
			throw Problem.invalid("social.organisationCode.mismatch", organisationCode, credit.substring(8, 17));
		}
		this.repository.socialByCreditCode(credit).filter((other) -> !other.id().equals(id)).ifPresent((other) -> {
			throw Problem.conflict("social.creditCode.taken", credit);
		});
	}

	private Unit scopedUnit(Actor actor, String unitCode) {
		if (Text.isBlank(unitCode)) {
			throw Problem.invalid("unit.code.missing");
		}
		Unit unit = this.units.get(unitCode);
		this.scope.check(actor, unit.id());
		return unit;
	}

	private static void requireEditor(Actor actor) {
		if (actor.roles().stream().noneMatch(Role.ORGANISATION_EDITORS::contains)) {
			throw Problem.forbidden("role.missing");
		}
	}

	private static void requireVersion(Integer given, int current, String target) {
		if (given == null) {
			throw Problem.invalid("version.missing");
		}
		if (given != current) {
			throw Problem.conflict("record.stale", target);
		}
	}

	static String required(String value) {
		return Text.name(value, 200);
	}

	/**
	 * A building as a form or a JSON body gives it.
	 */
	public record BuildingForm(String unitCode, String name, String address, Boolean hasStation, Boolean unionPost,
			Boolean partyPost, Boolean servicePost, String stationOpened, Integer version) {

		Building toBuilding(Long id, long unitId, int version) {
			String address = Text.isBlank(this.address) ? null : Text.name(this.address, 300);
			boolean station = Boolean.TRUE.equals(this.hasStation);
			return new Building(id, unitId, required(this.name), address, station,
					station && Boolean.TRUE.equals(this.unionPost), station && Boolean.TRUE.equals(this.partyPost),
					station && Boolean.TRUE.equals(this.servicePost),
					(station && !Text.isBlank(this.stationOpened)) ? Dates.parse(this.stationOpened) : null, version);
		}

	}

	/**
	 * A social organisation as a form or a JSON body gives it.
	 */
	public record SocialForm(String unitCode, String name, SocialOrganisation.Category category, String creditCode,
			String organisationCode, Boolean hub, String hubField, SocialOrganisation.HubLevel hubLevel, Long hubId,
			Integer version) {

		boolean isHub() {
			return Boolean.TRUE.equals(this.hub);
		}

	}

}
