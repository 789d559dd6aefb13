package org.shejian.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shejian.organisation.internal.UnitRepository;
import org.shejian.organisation.internal.UnitRepository.NameRecord;
import org.shejian.organisation.internal.UnitSort;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the organisation tree. Every method answers from indexed lookups whose cost does
 * not grow with the size of the tree.
 */
@Service
@Transactional(readOnly = true)
public class Units {

	/** The largest page any list returns. */
	public static final int MAX_PAGE_SIZE = 200;

	private final UnitRepository repository;

	Units(UnitRepository repository) {
		this.repository = repository;
	}

	/**
	 * Finds a unit by its code as written in the national files or in its 12-digit padded
	 * form.
	 * @throws Problem (400) when the code is malformed
	 */
	public Optional<Unit> find(String code) {
		return this.repository.findByCode(UnitCode.parse(code).code());
	}

	/**
	 * @throws Problem (404) when no unit has the code, (400) when it is malformed
	 */
	public Unit get(String code) {
		return find(code).orElseThrow(() -> Problem.notFound("unit.notFound", Text.compact(code)));
	}

	public Optional<Unit> findById(long id) {
		return this.repository.findById(id);
	}

	/** The current units that have no parent: provinces and municipalities. */
	public List<Unit> roots() {
		return this.repository.findRoots();
	}

	/**
	 * One page of a unit's children ordered by code.
	 * @param page zero-based
	 * @param size 1 to {@link #MAX_PAGE_SIZE}
	 */
	public Page<Unit> children(Unit unit, int page, int size, boolean includeRetired) {
		checkPaging(page, size);
		List<Unit> items = this.repository.children(unit.id(), includeRetired, page * size, size);
		return new Page<>(items, page, size, this.repository.countChildren(unit.id(), includeRetired));
	}

	/**
	 * Every current unit of the level in the unit's subtree (the unit itself when it is
	 * of that level), ordered by code: for actions that cover a whole district or street.
	 */
	public List<Unit> currentBelow(Unit unit, UnitLevel level) {
		return this.repository.currentBelow(unit.id(), unit.depth(), level);
	}

	/** The unit's ancestors from the root down, the unit itself not included. */
	public List<Unit> ancestors(Unit unit) {
		return this.repository.ancestors(unit.id());
	}

	/** Counts of the current units below the unit, by level and kind. */
	public UnitStats stats(Unit unit) {
		return new UnitStats(unit, this.repository.counts(unit.id()));
	}

	/**
	 * How many current units lie below each of the given units, in one query; units with
	 * none are absent from the map.
	 */
	public Map<Long, Long> totalsBelow(List<Unit> units) {
		return this.repository.totalsBelow(units.stream().map(Unit::id).toList());
	}

	/** The names the unit carried before, newest first. */
	public List<NameRecord> nameHistory(Unit unit) {
		return this.repository.nameHistory(unit.id());
	}

	/**
	 * Current units whose official name, short name or code contains the query.
	 * @param sort {@code code}, {@code name}, {@code shortName} or {@code level}, with a
	 * leading {@code -} for descending; anything else is refused
	 * @throws Problem (400) for an unknown sort field or bad paging
	 */
	public Page<Unit> search(String query, UnitLevel level, String sort, int page, int size) {
		checkPaging(page, size);
		UnitSort.Sorting sorting = UnitSort.parse(sort);
		String text = Text.normalise(query);
		if (text == null || text.isEmpty()) {
			return new Page<>(List.of(), page, size, 0);
		}
		String needle = (text.length() == 12 && text.chars().allMatch(Character::isDigit)) ? UnitCode.parse(text).code()
				: text;
		return new Page<>(this.repository.search(needle, level, sorting, page * size, size), page, size,
				this.repository.countSearch(needle, level));
	}

	/**
	 * Looks up many codes at once (in the national or the padded form), for imports that
	 * meet thousands of units: the id of each current unit, positive when it is
	 * {@code ancestorId} or lies below it and negative otherwise. Codes that are
	 * malformed or belong to no current unit are left out.
	 */
	public Map<String, Long> currentWithin(Collection<String> codes, long ancestorId) {
		Unit ancestor = findById(ancestorId).orElse(null);
		Map<String, List<String>> byStored = new HashMap<>();
		for (String code : codes) {
			try {
				byStored.computeIfAbsent(UnitCode.parse(code).code(), (stored) -> new ArrayList<>()).add(code);
			}
			catch (Problem malformed) {
				// left out, as the method says
			}
		}
		Map<String, Long> ids = new HashMap<>();
		if (ancestor == null || byStored.isEmpty()) {
			return ids;
		}
		this.repository.currentWithin(byStored.keySet(), ancestor.id(), ancestor.depth())
			.forEach((stored, id) -> byStored.get(stored).forEach((code) -> ids.put(code, id)));
		return ids;
	}

	/** Whether {@code unitId} is {@code ancestorId} itself or lies below it. */
	public boolean isWithin(long unitId, long ancestorId) {
		return this.repository.isWithin(unitId, ancestorId);
	}

	/**
	 * An SQL condition that holds when {@code column} (a unit id) is the unit or lies
	 * below it, for modules that keep unit-scoped rows in their own tables. The unit id
	 * is written into the condition as a number, so it carries no parameters.
	 * @throws Problem (404) when the unit does not exist
	 */
	public String subtreeCondition(String column, long unitId) {
		Unit unit = findById(unitId).orElseThrow(() -> Problem.notFound("unit.notFound", UnitCode.ofId(unitId).code()));
		return column + " IN (SELECT id FROM org_unit WHERE anc" + unit.depth() + " = " + unit.id() + ")";
	}

	private static void checkPaging(int page, int size) {
		if (page < 0 || page > 100_000) {
			throw Problem.invalid("paging.page", page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw Problem.invalid("paging.size", size, MAX_PAGE_SIZE);
		}
	}

}
