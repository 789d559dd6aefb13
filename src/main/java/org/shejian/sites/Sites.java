package org.shejian.sites;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.shejian.audit.AuditLog;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.organisation.attached.AttachedOrganisations;
import org.shejian.organisation.attached.Building;
import org.shejian.organisation.attached.SocialOrganisation;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;
import org.shejian.sites.SiteTemplates.Template;
import org.shejian.sites.internal.SiteFileRepository;
import org.shejian.sites.internal.SiteRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites as administrators set them up: created from their owner's template (one by one,
 * or for every village-level unit of a district or street at once), their settings and
 * lifecycle, and columns added. Administrators ({@link Role#UNIT_EDITORS}) whose subtree
 * covers a site's unit manage it; outside it a site is "not found".
 */
@Service
@Transactional
public class Sites {

	private static final Logger logger = LoggerFactory.getLogger(Sites.class);

	/** The most sites one list holds. */
	public static final int MAX_LIST = 200;

	private static final Pattern HOST = Pattern
		.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

	private final SiteRepository repository;

	private final Units units;

	private final UnitScope scope;

	private final AttachedOrganisations attached;

	private final AuditLog audit;

	private final Clock clock;

	private final SiteHosts hosts;

	private final SiteFileRepository files;

	Sites(SiteRepository repository, Units units, UnitScope scope, AttachedOrganisations attached, AuditLog audit,
			Clock clock, SiteHosts hosts, SiteFileRepository files) {
		this.repository = repository;
		this.units = units;
		this.scope = scope;
		this.attached = attached;
		this.audit = audit;
		this.clock = clock;
		this.hosts = hosts;
		this.files = files;
	}

	/**
	 * @throws Problem (404) when there is no such site in the actor's scope
	 */
	@Transactional(readOnly = true)
	public Site site(Actor actor, long id) {
		return this.repository.find(id)
			.filter((site) -> this.scope.covers(actor, site.unitId()))
			.orElseThrow(() -> Problem.notFound("site.notFound", id));
	}

	/** The sites of the actor's subtree, by code. */
	@Transactional(readOnly = true)
	public List<Site> sites(Actor actor, int page) {
		return this.repository.within(this.units.subtreeCondition("unit_id", actor.unitId()),
				Math.max(0, page) * MAX_LIST, MAX_LIST);
	}

	@Transactional(readOnly = true)
	public List<SiteColumn> columns(long siteId) {
		return this.repository.columns(siteId);
	}

	/**
	 * Creates the owner's site from its template, planned.
	 * @throws Problem (403) for a non-administrator or an owner outside the scope, (404)
	 * for an unknown owner, (409) when the owner has a site already
	 */
	public Site create(Actor actor, SiteForm form) {
		requireAdministrator(actor);
		if (form.ownerKind() == null || Text.isBlank(form.owner())) {
			throw Problem.invalid("site.owner.missing");
		}
		Site draft = ownedDraft(actor, form);
		this.repository.byOwner(draft.ownerKind(), draft.ownerId()).ifPresent((existing) -> {
			throw Problem.conflict("site.owner.taken", existing.code());
		});
		Site checked = withSettings(draft, form);

		Site stored = insert(checked);
		this.audit.record("site.create", target(stored.id()), stored.unitId(), null, stored);
		this.hosts.reload();
		return stored;
	}

	/**
	 * Creates the sites of every current village-level unit in the unit's subtree that
	 * has none, from the community template, in one transaction, audited once.
	 * @return how many sites were created
	 */
	public int createForVillageUnits(Actor actor, String unitCode) {
		requireAdministrator(actor);
		Unit unit = this.units.get(unitCode);
		this.scope.check(actor, unit.id());
		List<Unit> villageUnits = this.units.currentBelow(unit, UnitLevel.VILLAGE);
		Set<Long> existing = this.repository.unitsWithSites(villageUnits.stream().map(Unit::id).toList());

		int created = 0;
		for (Unit village : villageUnits) {
			if (!existing.contains(village.id())) {
				insert(new Site(0, OwnerKind.UNIT, village.id(), SiteCategory.COMMUNITY, village.id(), village.code(),
						null, Text.name(village.shortName(), 200), Colours.DEFAULT_MAIN, Colours.DEFAULT_ACCENT, null,
						null, SiteState.PLANNED, this.clock.instant(), 0));
				created++;
			}
		}
		this.audit.record("site.createBulk", "unit:" + unit.code(), unit.id(), null,
				Map.of("created", created, "skipped", villageUnits.size() - created));
		logger.info("Created {} community sites below {}, {} had one", created, unit.code(),
				villageUnits.size() - created);
		return created;
	}

	/** Changes a site's settings. */
	public Site update(Actor actor, long id, SiteForm form) {
		requireAdministrator(actor);
		Site before = site(actor, id);
		requireVersion(form.version(), before);
		Site changed = withSettings(before, form);

		Site after = store(changed);
		this.audit.record("site.update", target(id), after.unitId(), before, after);
		return after;
	}

	/**
	 * Moves a site along its lifecycle.
	 * @throws Problem (409) when the state cannot follow the current one
	 */
	public Site changeState(Actor actor, long id, SiteState state, Integer version) {
		requireAdministrator(actor);
		Site before = site(actor, id);
		requireVersion(version, before);
		if (state == null || !before.state().mayBecome(state)) {
			throw Problem.conflict("site.state.transition", Problem.label("site.state." + before.state()),
					Problem.label("site.state." + state));
		}
		Site changed = new Site(id, before.ownerKind(), before.ownerId(), before.category(), before.unitId(),
				before.code(), before.hostName(), before.title(), before.mainColour(), before.accentColour(),
				before.logoUrl(), before.contact(), state, before.updatedAt(), before.version());

		Site after = store(changed);
		this.audit.record("site.state", target(id), after.unitId(), before.state(), after.state());
		return after;
	}

	/**
	 * Adds a column at the end of the site's columns, under a column of the site when
	 * given.
	 */
	public SiteColumn addColumn(Actor actor, long siteId, String name, ColumnKind kind, Long parentId) {
		requireAdministrator(actor);
		Site site = site(actor, siteId);
		if (parentId != null) {
			this.repository.column(parentId)
				.filter((parent) -> parent.siteId() == siteId)
				.orElseThrow(() -> Problem.notFound("site.column.notFound", parentId));
		}
		String checked = RichText.plain(name, 100);

		long id = this.repository.insertColumn(siteId, parentId, checked, (kind != null) ? kind : ColumnKind.GENERAL,
				this.repository.nextColumnSort(siteId));
		SiteColumn column = this.repository.column(id).orElseThrow();
		this.audit.record("site.column.add", target(siteId), site.unitId(), null, column);
		return column;
	}

	private Site ownedDraft(Actor actor, SiteForm form) {
		String owner = Text.compact(form.owner());
		return switch (form.ownerKind()) {
			case UNIT -> {
				Unit unit = this.units.get(owner);
				this.scope.check(actor, unit.id());
				SiteCategory category = (unit.level() == UnitLevel.VILLAGE) ? SiteCategory.COMMUNITY
						: SiteCategory.PORTAL;
				yield draft(OwnerKind.UNIT, unit.id(), category, unit.id(), unit.code(), unit.shortName());
			}
			case BUILDING -> {
				Building building = this.attached.building(actor, ownerId(owner));
				yield draft(OwnerKind.BUILDING, building.id(), SiteCategory.BUILDING, building.unitId(),
						"b" + building.id(), building.name());
			}
			case SOCIAL_ORGANISATION -> {
				SocialOrganisation organisation = this.attached.socialOrganisation(actor, ownerId(owner));
				yield draft(OwnerKind.SOCIAL_ORGANISATION, organisation.id(), SiteCategory.SOCIAL_ORGANISATION,
						organisation.unitId(), "o" + organisation.id(), organisation.name());
			}
		};
	}

	private Site draft(OwnerKind kind, long ownerId, SiteCategory category, long unitId, String code, String name) {
		return new Site(0, kind, ownerId, category, unitId, code, null, Text.name(name, 200), Colours.DEFAULT_MAIN,
				Colours.DEFAULT_ACCENT, null, null, SiteState.PLANNED, this.clock.instant(), 0);
	}

	private Site withSettings(Site site, SiteForm form) {
		String title = Text.isBlank(form.title()) ? site.title() : RichText.plain(form.title(), 200);
		String host = hostName(form.hostName());
		if (host != null) {
			this.repository.byHost(host).filter((other) -> other.id() != site.id()).ifPresent((other) -> {
				throw Problem.conflict("site.host.taken", host);
			});
		}
		String contact = (form.contact() != null) ? RichText.plainProse(form.contact(), 2000) : null;
		return new Site(site.id(), site.ownerKind(), site.ownerId(), site.category(), site.unitId(), site.code(), host,
				title, Colours.checked(form.mainColour(), Colours.DEFAULT_MAIN),
				Colours.checked(form.accentColour(), Colours.DEFAULT_ACCENT), logo(site, form.logoUrl()), contact,
				site.state(), site.updatedAt(), site.version());
	}

	private Site insert(Site site) {
		long id = this.repository.insert(site, this.clock.instant());
		for (Template template : SiteTemplates.of(site.category())) {
			int sort = this.repository.nextColumnSort(id);
			long columnId = this.repository.insertColumn(id, null, template.name(), template.kind(), sort);
			for (Template child : template.children()) {
				this.repository.insertColumn(id, columnId, child.name(), child.kind(),
						this.repository.nextColumnSort(id));
			}
		}
		return this.repository.find(id).orElseThrow();
	}

	private Site store(Site changed) {
		if (!this.repository.update(changed, this.clock.instant())) {
			throw Problem.conflict("record.stale", target(changed.id()));
		}
		this.hosts.reload();
		return this.repository.find(changed.id()).orElseThrow();
	}

	static String hostName(String value) {
		if (Text.isBlank(value)) {
			return null;
		}
		String host = Text.compact(value).toLowerCase(Locale.ROOT);
		if (!HOST.matcher(host).matches()) {
			throw Problem.invalid("site.host.invalid", host);
		}
		return host;
	}

	/**
	 * An https URL, or the address of an image in the site's own library.
	 */
	private String logo(Site site, String value) {
		if (!Text.isBlank(value) && Text.compact(value).startsWith("/")) {
			String path = Text.compact(value);
			String prefix = "/s/" + site.code() + "/files/";
			boolean image = path.startsWith(prefix) && path.substring(prefix.length()).matches("[0-9]{1,18}")
					&& this.files.find(site.id(), Long.parseLong(path.substring(prefix.length())))
						.filter((stored) -> stored.file().kind() == SiteFileKind.IMAGE)
						.isPresent();
			if (!image) {
				throw Problem.invalid("site.logo.invalid");
			}
			return path;
		}
		return logoUrl(value);
	}

	static String logoUrl(String value) {
		if (Text.isBlank(value)) {
			return null;
		}
		String url = Text.compact(value);
		try {
			URI uri = new URI(url);
			if (url.length() <= 500 && "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
				return url;
			}
		}
		catch (java.net.URISyntaxException malformed) {
			// refused below
		}
		throw Problem.invalid("site.logo.invalid");
	}

	private static long ownerId(String owner) {
		try {
			return Long.parseLong(owner.replaceFirst("^[bo]", ""));
		}
		catch (NumberFormatException malformed) {
			throw Problem.invalid("site.owner.invalid", owner);
		}
	}

	private static void requireAdministrator(Actor actor) {
		if (actor.roles().stream().noneMatch(Role.UNIT_EDITORS::contains)) {
			throw Problem.forbidden("role.missing");
		}
	}

	private static void requireVersion(Integer given, Site current) {
		if (given == null) {
			throw Problem.invalid("version.missing");
		}
		if (given != current.version()) {
			throw Problem.conflict("record.stale", target(current.id()));
		}
	}

	private static String target(long id) {
		return "site:" + id;
	}

}
