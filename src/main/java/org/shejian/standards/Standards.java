package org.shejian.standards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.shejian.audit.AuditLog;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;
import org.shejian.standards.CodeList.CodeValue;
import org.shejian.standards.internal.StandardsRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of data elements and code lists, kept by the city information centre.
 * Every change raises a version: an element's previous version is kept whole, a code
 * list's values remember the versions they belong to.
 */
@Service
@Transactional
public class Standards {

	private static final Pattern LIST_IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9-]{1,62}");

	private static final Pattern CODE = Pattern.compile("[0-9A-Za-z_.-]{1,64}");

	private final StandardsRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	private final JsonMapper json;

	Standards(StandardsRepository repository, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
		this.json = JsonMapper.builder().findAndAddModules().build();
	}

	@Transactional(readOnly = true)
	public List<DataElement> elements() {
		return this.repository.elements();
	}

	@Transactional(readOnly = true)
	public DataElement element(String identifier) {
		return this.repository.element(identifier)
			.orElseThrow(() -> Problem.notFound("standards.element.notFound", identifier));
	}

	/** Earlier versions of an element, newest first, as stored (JSON). */
	@Transactional(readOnly = true)
	public List<String> history(String identifier) {
		return this.repository.elementHistory(element(identifier).id());
	}

	@Transactional(readOnly = true)
	public List<CodeList> codeLists() {
		return this.repository.lists();
	}

	@Transactional(readOnly = true)
	public CodeList codeList(String identifier) {
		return this.repository.list(identifier)
			.orElseThrow(() -> Problem.notFound("standards.list.notFound", identifier));
	}

	/**
	 * The check of values against an element, prepared for many values.
	 */
	@Transactional(readOnly = true)
	public ValueChecker checker(String identifier) {
		return checker(element(identifier));
	}

	@Transactional(readOnly = true)
	public ValueChecker checker(DataElement element) {
		Set<String> codes = new HashSet<>();
		if (element.codeListIdentifier() != null) {
			codeList(element.codeListIdentifier()).currentValues().forEach((value) -> codes.add(value.code()));
		}
		return new ValueChecker(element, Set.copyOf(codes));
	}

	/** Defines a data element as a draft; the identifier is the next free one. */
	public DataElement define(Actor actor, ElementForm form) {
		requireKeeper(actor);
		String identifier = this.repository.nextElementIdentifier();
		DataElement element = form.toElement(0, identifier, 1, Status.DRAFT, null, 0);
		this.repository.insertElement(element, codeListId(element), this.clock.instant());
		DataElement stored = element(identifier);
		this.audit.record("standards.element.define", "element:" + identifier, null, null, stored);
		return stored;
	}

	/**
	 * Changes an element, keeping its previous version.
	 * @param version the record version the change was made from
	 */
	public DataElement change(Actor actor, String identifier, ElementForm form, int version) {
		requireKeeper(actor);
		DataElement before = element(identifier);
		if (before.status() == Status.RETIRED) {
			throw Problem.conflict("standards.element.retired", identifier);
		}
		DataElement changed = form.toElement(before.id(), identifier, before.elementVersion(), before.status(),
				before.approvalDate(), version);
		store(before, changed);
		return element(identifier);
	}

	/** Moves an element from draft to standard, or to retired. */
	public DataElement setStatus(Actor actor, String identifier, Status status, int version) {
		requireKeeper(actor);
		DataElement before = element(identifier);
		boolean allowed = (before.status() == Status.DRAFT && status == Status.STANDARD)
				|| (before.status() != Status.RETIRED && status == Status.RETIRED);
		if (!allowed) {
			throw Problem.conflict("standards.status.transition", identifier,
					Problem.label("standardStatus." + before.status()), Problem.label("standardStatus." + status));
		}
		DataElement changed = new DataElement(before.id(), identifier, before.name(), before.nameEn(),
				before.definition(), before.objectClass(), before.propertyTerm(), before.representation(),
				before.dataType(), before.format(), before.rule(), before.measureUnit(), before.codeListIdentifier(),
				before.elementVersion(), status, before.submittingOrganisation(), before.registeringOrganisation(),
				(status == Status.STANDARD) ? LocalDate.now(this.clock) : before.approvalDate(), before.remarks(),
				before.updatedAt(), version);
		store(before, changed);
		return element(identifier);
	}

	private void store(DataElement before, DataElement changed) {
		if (!this.repository.updateElement(changed, codeListId(changed), this.clock.instant())) {
			throw Problem.conflict("standards.stale", before.identifier());
		}
		this.repository.keepElementVersion(before.id(), before.elementVersion(), this.json.writeValueAsString(before),
				this.clock.instant());
		this.audit.record("standards.element.change", "element:" + before.identifier(), null, before,
				element(before.identifier()));
	}

	private Long codeListId(DataElement element) {
		if (element.dataType() == DataType.CODE) {
			if (element.codeListIdentifier() == null) {
				throw Problem.invalid("standards.element.codeListMissing");
			}
			return this.repository.listId(element.codeListIdentifier())
				.orElseThrow(() -> Problem.invalid("standards.list.notFound", element.codeListIdentifier()));
		}
		if (element.codeListIdentifier() != null) {
			throw Problem.invalid("standards.element.codeListOnlyForCodes");
		}
		return null;
	}

	public CodeList defineList(Actor actor, ListForm form) {
		requireKeeper(actor);
		String identifier = Text.compact(form.identifier());
		if (identifier == null || !LIST_IDENTIFIER.matcher(identifier).matches()) {
			throw Problem.invalid("standards.list.identifier", (identifier != null) ? identifier : "");
		}
		if (this.repository.listId(identifier).isPresent()) {
			throw Problem.conflict("standards.list.exists", identifier);
		}
		CodeList list = new CodeList(0, identifier, Text.name(form.name(), 200), optional(form.nameEn(), 200),
				optional(form.source(), 200), 1, Status.STANDARD, null, 0, List.of());
		this.repository.insertList(list, this.clock.instant());
		CodeList stored = codeList(identifier);
		this.audit.record("standards.list.define", "codeList:" + identifier, null, null, stored);
		return stored;
	}

	/**
	 * Adds a value in a new version of the list.
	 * @param version the record version the change was made from
	 */
	public CodeList addValue(Actor actor, String identifier, ValueForm form, int version) {
		requireKeeper(actor);
		CodeList before = codeList(identifier);
		String code = Text.compact(form.code());
		if (code == null || !CODE.matcher(code).matches()) {
			throw Problem.invalid("standards.value.code", (code != null) ? code : "");
		}
		if (before.currentValues().stream().anyMatch((value) -> value.code().equals(code))) {
			throw Problem.conflict("standards.value.exists", code, identifier);
		}
		String parent = optional(form.parentCode(), 64);
		if (parent != null && before.currentValues().stream().noneMatch((value) -> value.code().equals(parent))) {
			throw Problem.invalid("standards.value.parentUnknown", parent, identifier);
		}
		raise(before, version);
		this.repository.insertValue(before.id(), new CodeValue(code, Text.name(form.name(), 200),
				optional(form.nameEn(), 200), parent, before.listVersion() + 1, null), before.values().size() + 1);
		CodeList after = codeList(identifier);
		this.audit.record("standards.list.addValue", "codeList:" + identifier, null, before, after);
		return after;
	}

	/** Retires a value in a new version of the list; older versions keep it. */
	public CodeList retireValue(Actor actor, String identifier, String code, int version) {
		requireKeeper(actor);
		CodeList before = codeList(identifier);
		if (before.currentValues().stream().noneMatch((value) -> value.code().equals(code))) {
			throw Problem.notFound("standards.value.notFound", code, identifier);
		}
		raise(before, version);
		this.repository.retireValue(before.id(), code, before.listVersion() + 1);
		CodeList after = codeList(identifier);
		this.audit.record("standards.list.retireValue", "codeList:" + identifier, null, before, after);
		return after;
	}

	private void raise(CodeList list, int version) {
		if (!this.repository.raiseListVersion(list.id(), version, this.clock.instant())) {
			throw Problem.conflict("standards.stale", list.identifier());
		}
	}

	private static void requireKeeper(Actor actor) {
		if (!actor.has(Role.CITY_ADMIN)) {
			throw Problem.forbidden("standards.keeperOnly");
		}
	}

	static String optional(String value, int max) {
		String text = Text.normalise(value);
		return (text == null || text.isEmpty()) ? null : Text.name(text, max);
	}

	/** The fields of a data element a person fills in. */
	public record ElementForm(String name, String nameEn, String definition, String objectClass, String propertyTerm,
			String representation, DataType dataType, String format, ValueRule rule, String measureUnit,
			String codeList, String submittingOrganisation, String registeringOrganisation, String remarks) {

		DataElement toElement(long id, String identifier, int elementVersion, Status status, LocalDate approved,
				int version) {
			if (this.dataType == null) {
				throw Problem.invalid("standards.element.typeMissing");
			}
			String object = Text.name(this.objectClass, 100);
			String property = (Text.normalise(this.propertyTerm) != null) ? Text.normalise(this.propertyTerm) : "";
			String term = Text.name(this.representation, 32);
			String given = Text.normalise(this.name);
			String elementName = (given == null || given.isEmpty()) ? DataElement.builtName(object, property, term)
					: Text.name(given, 200);
			ValueFormat valueFormat = ValueFormat.parse(this.format);
			if (valueFormat.isDate() != (this.dataType == DataType.DATE)) {
				throw Problem.invalid("standards.format.mismatch", valueFormat.notation(), this.dataType);
			}
			String list = Text.compact(this.codeList);
			return new DataElement(id, identifier, elementName, optional(this.nameEn, 200),
					checkedDefinition(this.definition), object, property, term, this.dataType, valueFormat,
					(this.rule != null) ? this.rule : ValueRule.NONE, optional(this.measureUnit, 32),
					(list == null || list.isEmpty()) ? null : list, elementVersion, status,
					optional(this.submittingOrganisation, 200), optional(this.registeringOrganisation, 200), approved,
					Text.prose(this.remarks, 2000), null, version);
		}

	}

	private static String checkedDefinition(String text) {
		String definition = Text.prose(text, 2000);
		if (definition == null) {
			throw Problem.invalid("standards.element.definitionMissing");
		}
		return definition;
	}

	public record ListForm(String identifier, String name, String nameEn, String source) {
	}

	public record ValueForm(String code, String name, String nameEn, String parentCode) {
	}

}
