package org.shejian.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shejian.audit.AuditLog;
import org.shejian.catalogue.Resource.SourceKind;
import org.shejian.catalogue.ResourceForm.ItemForm;
import org.shejian.catalogue.internal.CatalogueRepository;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;
import org.shejian.shared.ResourceDeclaration;
import org.shejian.shared.Role;
import org.shejian.shared.Text;
import org.shejian.standards.DataElement;
import org.shejian.standards.Standards;
import org.shejian.standards.Status;
import org.shejian.standards.ValueRule;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue: resources defined by their providers, reviewed and published by the city
 * information centre, with every published version kept. Pages and the public API show
 * the last published version; the working copy is seen only by those who maintain or
 * review it.
 */
@Service
@Transactional
public class Catalogue {

	/** The most items a resource may have. */
	public static final int MAX_ITEMS = 100;

	private final CatalogueRepository repository;

	private final ResourceTables tables;

	private final Standards standards;

	private final Units units;

	private final UnitScope scope;

	private final AuditLog audit;

	private final Clock clock;

	private final JsonMapper json;

	private volatile Published publishedCache;

	Catalogue(CatalogueRepository repository, ResourceTables tables, Standards standards, Units units, UnitScope scope,
			AuditLog audit, Clock clock, JsonMapper json) {
		this.repository = repository;
		this.tables = tables;
		this.standards = standards;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
		this.json = json;
	}

	// ------------------------------------------------------- published catalogue

	/** The last published version of every published resource. */
	@Transactional(readOnly = true)
	public List<Resource> published() {
		String stamp = this.repository.publishedStamp();
		Published cached = this.publishedCache;
		if (cached != null && cached.stamp().equals(stamp)) {
			return cached.resources();
		}
		List<Resource> resources = this.repository.publishedSnapshots().stream().map(this::fromSnapshot).toList();
		this.publishedCache = new Published(stamp, resources);
		return resources;
	}

	/**
	 * The published catalogue as last read, with the stamp of the versions table it was
	 * read at; a publication anywhere changes the stamp, so no node serves a stale list.
	 */
	private record Published(String stamp, List<Resource> resources) {
	}

	@Transactional(readOnly = true)
	public Optional<Resource> published(String identifier) {
		return this.repository.publishedSnapshot(identifier).map(this::fromSnapshot);
	}

	/**
	 * Published resources matching a query (in name, abstract, keywords or identifier), a
	 * category (and its subcategories) and a grouping; any of them may be blank.
	 */
	@Transactional(readOnly = true)
	public List<Resource> search(String query, String categoryCode, String groupCode) {
		String text = Text.normalise(query);
		String needle = (text == null || text.isEmpty()) ? null : text.toLowerCase(Locale.ROOT);
		return published().stream()
			.filter((r) -> needle == null || matches(r, needle))
			.filter((r) -> categoryCode == null || categoryCode.isBlank()
					|| r.category().code().startsWith(categoryCode.strip()))
			.filter((r) -> groupCode == null || groupCode.isBlank() || r.groups().contains(groupCode.strip()))
			.toList();
	}

	private static boolean matches(Resource r, String needle) {
		return r.name().toLowerCase(Locale.ROOT).contains(needle)
				|| (r.nameEn() != null && r.nameEn().toLowerCase(Locale.ROOT).contains(needle))
				|| r.summary().toLowerCase(Locale.ROOT).contains(needle) || r.identifier().contains(needle)
				|| r.keywords().stream().anyMatch((k) -> k.toLowerCase(Locale.ROOT).contains(needle));
	}

	@Transactional(readOnly = true)
	public List<Category> categories() {
		return this.repository.categories();
	}

	@Transactional(readOnly = true)
	public List<Group> groups() {
		return this.repository.groups();
	}

	/**
	 * Adds a category: 类 (one digit), 项 (two), 目 (three) or 细目 (four), each under the
	 * category its code extends.
	 */
	public Category addCategory(Actor actor, String code, String name) {
		requireCityCentre(actor);
		String checked = Text.compact(code);
		if (checked == null || !checked.matches("[1-9][0-9]{0,3}")) {
			throw Problem.invalid("catalogue.category.code", (checked != null) ? checked : "");
		}
		List<Category> categories = categories();
		if (categories.stream().anyMatch((c) -> c.code().equals(checked))) {
			throw Problem.conflict("catalogue.category.exists", checked);
		}
		Long parentId = null;
		if (checked.length() > 1) {
			String parentCode = checked.substring(0, checked.length() - 1);
			parentId = categories.stream()
				.filter((c) -> c.code().equals(parentCode))
				.findFirst()
				.orElseThrow(() -> Problem.invalid("catalogue.category.parent", checked, parentCode))
				.id();
		}
		this.repository.insertCategory(checked, Text.name(name, 200), parentId, checked.length());
		Category added = categories().stream().filter((c) -> c.code().equals(checked)).findFirst().orElseThrow();
		this.audit.record("catalogue.category.add", "category:" + checked, null, null, added);
		return added;
	}

	/** Adds a grouping: one of the networks or databases the city names. */
	public Group addGroup(Actor actor, String code, Group.Kind kind, String name) {
		requireCityCentre(actor);
		String checked = Text.compact(code);
		if (checked == null || !checked.matches("[A-Z][A-Z0-9-]{1,31}") || kind == null) {
			throw Problem.invalid("catalogue.group.code", (checked != null) ? checked : "");
		}
		List<Group> groups = groups();
		if (groups.stream().anyMatch((g) -> g.code().equals(checked))) {
			throw Problem.conflict("catalogue.group.exists", checked);
		}
		this.repository.insertGroup(checked, kind, Text.name(name, 200), groups.size() + 1);
		Group added = groups().stream().filter((g) -> g.code().equals(checked)).findFirst().orElseThrow();
		this.audit.record("catalogue.group.add", "group:" + checked, null, null, added);
		return added;
	}

	/**
	 * Renames a grouping; the real names of the networks and databases are the city's to
	 * give.
	 */
	public Group renameGroup(Actor actor, String code, String name) {
		requireCityCentre(actor);
		Group before = groups().stream()
			.filter((g) -> g.code().equals(code))
			.findFirst()
			.orElseThrow(() -> Problem.notFound("catalogue.group.unknown", code));
		this.repository.renameGroup(before.id(), Text.name(name, 200));
		Group after = groups().stream().filter((g) -> g.code().equals(code)).findFirst().orElseThrow();
		this.audit.record("catalogue.group.rename", "group:" + code, null, before, after);
		return after;
	}

	private static void requireCityCentre(Actor actor) {
		if (!actor.has(Role.CITY_ADMIN)) {
			throw Problem.forbidden("catalogue.reviewerOnly");
		}
	}

	// ---------------------------------------------------------------- working copies

	/** The working copies the actor maintains or reviews. */
	@Transactional(readOnly = true)
	public List<Resource> workingCopies(Actor actor) {
		return this.repository.resources(categories())
			.stream()
			.filter((r) -> actor.has(Role.CITY_ADMIN) || this.scope.covers(actor, r.providerUnitId()))
			.toList();
	}

	/**
	 * The working copy of a resource the actor maintains or reviews.
	 * @throws Problem (404) when there is none, or it lies outside the actor's scope
	 */
	@Transactional(readOnly = true)
	public Resource workingCopy(Actor actor, String identifier) {
		Resource resource = this.repository.resource(identifier, categories())
			.orElseThrow(() -> Problem.notFound("catalogue.resource.notFound", identifier));
		if (!actor.has(Role.CITY_ADMIN) && !this.scope.covers(actor, resource.providerUnitId())) {
			throw Problem.notFound("catalogue.resource.notFound", identifier);
		}
		return resource;
	}

	/**
	 * Any resource by identifier, for other parts of the platform that check access
	 * themselves.
	 */
	@Transactional(readOnly = true)
	public Optional<Resource> find(String identifier) {
		return this.repository.resource(identifier, categories());
	}

	/**
	 * A resource a module declared, by the module's key (such as
	 * {@code exchange.statistics}).
	 */
	@Transactional(readOnly = true)
	public Optional<Resource> findByKey(String platformKey) {
		return this.repository.byPlatformKey(platformKey, categories());
	}

	@Transactional(readOnly = true)
	public List<PublishedVersion> versions(Resource resource) {
		return this.repository.versions(resource.id());
	}

	/**
	 * Defines a resource whose rows the platform stores, provided by the actor's unit (or
	 * a unit within the actor's scope), as a draft; its table is created at once.
	 * @param providerCode the providing unit's code, {@code null} for the actor's own
	 * unit
	 */
	public Resource define(Actor actor, String providerCode, ResourceForm form) {
		Unit provider = (providerCode == null || providerCode.isBlank())
				? this.units.findById(actor.unitId()).orElseThrow()
				: this.units.find(providerCode).orElseThrow(() -> Problem.notFound("unit.notFound", providerCode));
		requireMaintainer(actor, provider.id());
		String identifier = provider.code() + "/"
				+ String.format("%06d", this.repository.nextSequence(provider.code()));
		Resource resource = checked(form, 0, identifier, UUID.randomUUID().toString(), null, provider,
				SourceKind.STORED, "pending", ResourceState.DRAFT, null, null, 0, null);
		long id = this.repository.insert(resource, this.clock.instant());
		this.repository.setRelation(id, ResourceTables.table(id));
		store(id, resource);
		this.tables.create(id, resource.items());
		Resource stored = this.repository.resource(identifier, categories()).orElseThrow();
		this.audit.record("catalogue.define", "resource:" + identifier, provider.id(), null, stored);
		return stored;
	}

	/**
	 * Changes the working copy; a published resource stays visible in its last published
	 * version until the change is approved. Items may be added at any time; removing or
	 * rebinding items and changing the key only while the resource holds no rows.
	 */
	public Resource change(Actor actor, String identifier, ResourceForm form, int version) {
		Resource before = workingCopy(actor, identifier);
		requireMaintainer(actor, before.providerUnitId());
		if (before.state() == ResourceState.SUBMITTED) {
			throw Problem.conflict("catalogue.change.submitted", identifier);
		}
		Unit provider = this.units.findById(before.providerUnitId()).orElseThrow();
		Resource changed = checked(form, before.id(), identifier, before.metadataIdentifier(), before.platformKey(),
				provider, before.sourceKind(), before.relation(), ResourceState.DRAFT, null, before.publishedVersion(),
				version, before);
		if (before.sourceKind() == SourceKind.STORED) {
			alterTable(before, changed);
		}
		if (!this.repository.update(changed, this.clock.instant())) {
			throw Problem.conflict("catalogue.stale", identifier);
		}
		store(before.id(), changed);
		Resource after = workingCopy(actor, identifier);
		this.audit.record("catalogue.change", "resource:" + identifier, before.providerUnitId(), before, after);
		return after;
	}

	private void alterTable(Resource before, Resource changed) {
		Set<Item> kept = new HashSet<>(before.items());
		kept.retainAll(changed.items());
		boolean structural = kept.size() != before.items().size() || !before.keyItems().equals(changed.keyItems())
				|| !Objects.equals(before.unitItem(), changed.unitItem());
		boolean retyped = false;
		for (Item item : changed.items()) {
			Optional<Item> old = before.item(item.name());
			if (old.isPresent() && !old.get().element().equals(item.element())) {
				retyped = true;
			}
		}
		if ((structural || retyped) && before.isPublished()) {
			throw Problem.conflict("catalogue.items.published", before.identifier());
		}
		if (structural || retyped) {
			// a batch loading rows meanwhile ends first, and its rows are seen
			this.tables.lockAgainstWriters(before);
			if (!this.tables.isEmpty(before)) {
				throw Problem.conflict("catalogue.items.hasRows", before.identifier());
			}
		}
		for (Item item : before.items()) {
			Optional<Item> now = changed.item(item.name());
			if (now.isEmpty() || !now.get().element().equals(item.element())) {
				this.tables.dropColumn(before.id(), item);
			}
		}
		for (Item item : changed.items()) {
			Optional<Item> old = before.item(item.name());
			if (old.isEmpty() || !old.get().element().equals(item.element())) {
				this.tables.addColumn(before.id(), item);
			}
		}
	}

	/** Reports a working copy up for review. */
	public Resource submit(Actor actor, String identifier, int version) {
		Resource before = workingCopy(actor, identifier);
		requireMaintainer(actor, before.providerUnitId());
		if (before.state() != ResourceState.DRAFT && before.state() != ResourceState.RETURNED) {
			throw Problem.conflict("catalogue.state", identifier, Problem.label("resourceState." + before.state()));
		}
		Resource submitted = transition(before, ResourceState.SUBMITTED, null, before.publishedVersion(), version,
				"catalogue.submit");
		this.repository.setSubmittedBy(before.id(), actor.username());
		return submitted;
	}

	/** Returns a submitted working copy to its maintainers with a comment. */
	public Resource returnForChanges(Actor actor, String identifier, String comment, int version) {
		Resource before = submitted(actor, identifier);
		String text = Text.prose(comment, 1000);
		if (text == null) {
			throw Problem.invalid("catalogue.comment.missing");
		}
		return transition(before, ResourceState.RETURNED, text, before.publishedVersion(), version, "catalogue.return");
	}

	/** Approves a submitted working copy, which becomes the next published version. */
	public Resource approve(Actor actor, String identifier, int version) {
		Resource before = submitted(actor, identifier);
		int next = (before.publishedVersion() != null) ? before.publishedVersion() + 1 : 1;
		Resource after = transition(before, ResourceState.PUBLISHED, null, next, version, "catalogue.publish");
		this.repository.insertVersion(after.id(), next, this.json.writeValueAsString(after), actor.username(),
				this.clock.instant());
		return after;
	}

	private Resource submitted(Actor actor, String identifier) {
		if (!actor.has(Role.CITY_ADMIN)) {
			throw Problem.forbidden("catalogue.reviewerOnly");
		}
		Resource before = workingCopy(actor, identifier);
		if (before.state() != ResourceState.SUBMITTED) {
			throw Problem.conflict("catalogue.state", identifier, Problem.label("resourceState." + before.state()));
		}
		if (this.repository.submittedBy(before.id()).filter(actor.username()::equals).isPresent()) {
			throw Problem.forbidden("catalogue.review.ownSubmission", identifier);
		}
		return before;
	}

	private Resource transition(Resource before, ResourceState state, String comment, Integer publishedVersion,
			int version, String action) {
		LocalDate today = LocalDate.now(this.clock.withZone(Dates.ZONE));
		Resource changed = new Resource(before.id(), before.identifier(), before.metadataIdentifier(),
				before.platformKey(), before.name(), before.nameEn(), before.summary(), before.publicationDate(),
				before.providerUnitId(), before.providerName(), before.providerAddress(), before.keywords(),
				before.thesaurus(), before.category(), before.onlineLink(), before.serviceUrl(), before.serviceType(),
				before.metadataMaintainer(), (state == ResourceState.PUBLISHED) ? today : before.metadataUpdated(),
				before.shareType(), before.shareConditions(), before.shareMethod(), before.open(), before.updateCycle(),
				before.items(), before.related(), before.groups(), before.sourceKind(), before.relation(),
				before.keyItems(), before.unitItem(), state, comment, publishedVersion, before.updatedAt(), version);
		if (!this.repository.update(changed, this.clock.instant())) {
			throw Problem.conflict("catalogue.stale", before.identifier());
		}
		Resource after = this.repository.resource(before.identifier(), categories()).orElseThrow();
		this.audit.record(action, "resource:" + before.identifier(), before.providerUnitId(), before, after);
		return after;
	}

	// ------------------------------------------------- the platform's own resources

	/**
	 * Registers a module's declared resource, published at once by the platform. A
	 * resource registered before keeps the metadata its maintainers edited; its items
	 * follow the declaration.
	 */
	public Resource register(ResourceDeclaration declaration, Unit provider, String providerName) {
		Optional<Resource> existing = this.repository.byPlatformKey(declaration.key(), categories());
		List<ItemForm> items = declaration.items()
			.stream()
			.map((item) -> new ItemForm(item.name(), item.title(), null, item.element(),
					declaration.keyItems().contains(item.name())))
			.toList();
		boolean stored = declaration.view() == null;
		if (existing.isPresent()) {
			Resource known = existing.get();
			List<Item> declared = checkedItems(items, known);
			if (!declared.equals(known.items())) {
				if (stored) {
					for (Item item : declared) {
						if (known.item(item.name()).isEmpty()) {
							this.tables.addColumn(known.id(), item);
						}
					}
				}
				this.repository.replaceItems(known.id(), declared);
				this.audit.record("catalogue.register", "resource:" + known.identifier(), provider.id(), known,
						declared);
			}
			return this.repository.resource(known.identifier(), categories()).orElseThrow();
		}
		ResourceForm form = new ResourceForm(declaration.name(), declaration.nameEn(), declaration.summary(), null,
				null, String.join(",", declaration.keywords()), "社会建设主题词表", declaration.categoryCode(), null, null,
				null, providerName, ShareType.valueOf(declaration.shareType()),
				declaration.shareType().equals("CONDITIONAL") ? "经提供单位批准访问授权，仅用于申请写明的用途" : null, null,
				declaration.open(), UpdateCycle.valueOf(declaration.updateCycle()), items, declaration.keyItems(),
				declaration.unitItem(), List.of(), declaration.groups());
		String identifier = provider.code() + "/"
				+ String.format("%06d", this.repository.nextSequence(provider.code()));
		Resource resource = checked(form, 0, identifier, UUID.randomUUID().toString(), declaration.key(), provider,
				stored ? SourceKind.STORED : SourceKind.PLATFORM, stored ? "pending" : declaration.view(),
				ResourceState.PUBLISHED, null, 1, 0, null);
		long id = this.repository.insert(resource, this.clock.instant());
		if (stored) {
			this.repository.setRelation(id, ResourceTables.table(id));
			this.tables.create(id, resource.items());
		}
		store(id, resource);
		Resource registered = this.repository.resource(identifier, categories()).orElseThrow();
		this.repository.insertVersion(id, 1, this.json.writeValueAsString(registered), "system", this.clock.instant());
		this.audit.record("catalogue.register", "resource:" + identifier, provider.id(), null, registered);
		return registered;
	}

	// ---------------------------------------------------------------- checks

	private void store(long id, Resource resource) {
		this.repository.replaceItems(id, resource.items());
		List<Long> related = new ArrayList<>();
		for (String identifier : resource.related()) {
			related.add(this.repository.resource(identifier, categories())
				.orElseThrow(() -> Problem.invalid("catalogue.related.unknown", identifier))
				.id());
		}
		this.repository.replaceRelations(id, related);
		List<Group> groups = groups();
		List<Long> groupIds = new ArrayList<>();
		for (String code : resource.groups()) {
			groupIds.add(groups.stream()
				.filter((g) -> g.code().equals(code))
				.findFirst()
				.orElseThrow(() -> Problem.invalid("catalogue.group.unknown", code))
				.id());
		}
		this.repository.replaceGroups(id, groupIds);
	}

	private Resource checked(ResourceForm form, long id, String identifier, String metadataIdentifier,
			String platformKey, Unit provider, SourceKind kind, String relation, ResourceState state, String comment,
			Integer publishedVersion, int version, Resource before) {
		String name = Text.name(form.name(), 200);
		String summary = Text.prose(form.summary(), 4000);
		if (summary == null) {
			throw Problem.invalid("catalogue.summary.missing");
		}
		List<String> keywords = keywords(form.keywords());
		String code = Text.compact(form.categoryCode());
		Category category = categories().stream()
			.filter((c) -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> Problem.invalid("catalogue.category.unknown", (code != null) ? code : ""));
		if (form.shareType() == null) {
			throw Problem.invalid("catalogue.shareType.missing");
		}
		String conditions = Text.prose(form.shareConditions(), 1000);
		if (form.shareType() == ShareType.CONDITIONAL && conditions == null) {
			throw Problem.invalid("catalogue.shareConditions.missing");
		}
		if (form.open() && form.shareType() != ShareType.UNCONDITIONAL) {
			throw Problem.invalid("catalogue.open.onlyUnconditional");
		}
		List<Item> items = checkedItems((form.items() != null) ? form.items() : List.of(), before);
		List<String> keyItems = (form.keyItems() != null) ? form.keyItems().stream().map(String::strip).toList()
				: List.of();
		if (keyItems.isEmpty() || new HashSet<>(keyItems).size() != keyItems.size()) {
			throw Problem.invalid("catalogue.key.missing");
		}
		for (String key : keyItems) {
			Item item = items.stream()
				.filter((i) -> i.name().equals(key))
				.findFirst()
				.orElseThrow(() -> Problem.invalid("catalogue.key.unknown", key));
			if (!item.required()) {
				throw Problem.invalid("catalogue.key.optional", key);
			}
		}
		String unitItem = optional(form.unitItem(), 40);
		if (unitItem != null) {
			Item item = items.stream()
				.filter((i) -> i.name().equals(unitItem))
				.findFirst()
				.orElseThrow(() -> Problem.invalid("catalogue.unitItem.unknown", unitItem));
			if (this.standards.element(item.element()).rule() != ValueRule.UNIT_CODE) {
				throw Problem.invalid("catalogue.unitItem.notUnitCode", unitItem);
			}
		}
		String published = Text.normalise(form.publicationDate());
		LocalDate publicationDate = (published == null || published.isEmpty())
				? ((before != null) ? before.publicationDate() : LocalDate.now(this.clock.withZone(Dates.ZONE)))
				: Dates.parse(published);
		String maintainer = optional(form.metadataMaintainer(), 200);
		return new Resource(id, identifier, metadataIdentifier, platformKey, name, optional(form.nameEn(), 200),
				summary, publicationDate, provider.id(), provider.name(), optional(form.providerAddress(), 300),
				keywords, optional(form.thesaurus(), 200), category, link(form.onlineLink()), link(form.serviceUrl()),
				optional(form.serviceType(), 32), (maintainer != null) ? maintainer : provider.name(),
				(before != null) ? before.metadataUpdated() : LocalDate.now(this.clock.withZone(Dates.ZONE)),
				form.shareType(), conditions, Text.prose(form.shareMethod(), 200), form.open(),
				(form.updateCycle() != null) ? form.updateCycle() : UpdateCycle.IRREGULAR, items,
				(form.related() != null) ? form.related().stream().map(String::strip).distinct().toList() : List.of(),
				(form.groups() != null) ? form.groups().stream().map(String::strip).distinct().toList() : List.of(),
				kind, relation, keyItems, unitItem, state, comment, publishedVersion, null, version);
	}

	private List<Item> checkedItems(List<ItemForm> forms, Resource before) {
		if (forms.isEmpty()) {
			throw Problem.invalid("catalogue.items.missing");
		}
		if (forms.size() > MAX_ITEMS) {
			throw Problem.invalid("catalogue.items.tooMany", forms.size(), MAX_ITEMS);
		}
		List<Item> items = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		for (ItemForm form : forms) {
			String name = Text.compact(form.name());
			Item.column(name);
			if (!names.add(name)) {
				throw Problem.invalid("catalogue.item.duplicate", name);
			}
			String elementId = Text.compact(form.element());
			DataElement element = this.standards.element((elementId != null) ? elementId : "");
			boolean alreadyBound = before != null
					&& before.item(name).map((i) -> i.element().equals(elementId)).orElse(false);
			if (element.status() != Status.STANDARD && !alreadyBound) {
				throw Problem.invalid("catalogue.item.elementNotStandard", name, element.identifier(),
						Problem.label("standardStatus." + element.status()));
			}
			String title = Text.normalise(form.title());
			items.add(new Item(name, (title == null || title.isEmpty()) ? element.name() : Text.name(title, 100),
					optional(form.titleEn(), 100), element.identifier(), element.dataType(), form.required()));
		}
		return items;
	}

	private static List<String> keywords(String joined) {
		String text = Text.normalise(joined);
		if (text == null || text.isEmpty()) {
			throw Problem.invalid("catalogue.keywords.missing");
		}
		List<String> keywords = Arrays.stream(text.split("[,，、;；]"))
			.map(String::strip)
			.filter((k) -> !k.isEmpty())
			.distinct()
			.toList();
		if (keywords.isEmpty() || String.join(",", keywords).length() > 500) {
			throw Problem.invalid("catalogue.keywords.missing");
		}
		for (String keyword : keywords) {
			Text.name(keyword, 50);
		}
		return keywords;
	}

	/** A link must be an absolute http or https address; anything else is refused. */
	static String link(String value) {
		String text = Text.compact(value);
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || text.length() > 500) {
				throw Problem.invalid("catalogue.link", text);
			}
			return text;
		}
		catch (URISyntaxException ex) {
			throw Problem.invalid("catalogue.link", text);
		}
	}

	private static String optional(String value, int max) {
		String text = Text.normalise(value);
		return (text == null || text.isEmpty()) ? null : Text.name(text, max);
	}

	private void requireMaintainer(Actor actor, long providerUnitId) {
		boolean editor = Role.UNIT_EDITORS.stream().anyMatch(actor::has);
		if (!editor || !this.scope.covers(actor, providerUnitId)) {
			throw Problem.forbidden("catalogue.maintainerOnly");
		}
	}

	private Resource fromSnapshot(String snapshot) {
		return this.json.readValue(snapshot, Resource.class);
	}

}
