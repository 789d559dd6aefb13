package org.shejian.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shejian.organisation.UnitKind;
import org.shejian.organisation.internal.UnitRepository;
import org.shejian.organisation.internal.UnitRepository.UnitRow;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a synthetic province "99" shaped like a large real one: 30 prefectures, 2,910
 * counties, 40,740 townships and 700,000 village-level units, with the same codes,
 * ancestry columns and subtree counts that an import would write. Rows go in depth-first
 * order (parents before children) through {@link UnitRepository#insert}, in batches.
 */
final class SyntheticTree {

	static final String ROOT_CODE = "99";

	static final int PREFECTURES = 30;

	static final int COUNTIES_PER_PREFECTURE = 97;

	static final int TOWNSHIPS_PER_COUNTY = 14;

	static final int VILLAGES = 700_000;

	private static final int TOWNSHIPS = PREFECTURES * COUNTIES_PER_PREFECTURE * TOWNSHIPS_PER_COUNTY;

	private static final int CHUNK = 10_000;

	private static final LocalDate VALID_FROM = LocalDate.of(2023, 6, 30);

	private final UnitRepository repository;

	private final TransactionTemplate transactions;

	private final Instant now = Instant.now();

	private final List<UnitRow> pending = new ArrayList<>(CHUNK);

	private int townships;

	SyntheticTree(UnitRepository repository, TransactionTemplate transactions) {
		this.repository = repository;
		this.transactions = transactions;
	}

	/**
	 * Inserts the whole tree and counts its subtrees.
	 */
	void build() {
		Long[] root = add(ROOT_CODE, UnitKind.PROVINCE, null, 0);
		for (int prefecture = 1; prefecture <= PREFECTURES; prefecture++) {
			Long[] ancestry = add(ROOT_CODE + two(prefecture), UnitKind.PREFECTURE, root, 1);
			for (int county = 1; county <= COUNTIES_PER_PREFECTURE; county++) {
				addCounty(ROOT_CODE + two(prefecture) + two(county), ancestry);
			}
		}
		flush();
		this.transactions.executeWithoutResult((status) -> this.repository.recountTree(root[0]));
	}

	private void addCounty(String code, Long[] prefecture) {
		UnitKind kind = (code.charAt(5) % 2 == 0) ? UnitKind.DISTRICT : UnitKind.COUNTY;
		Long[] county = add(code, kind, prefecture, 2);
		for (int index = 0; index < TOWNSHIPS_PER_COUNTY; index++) {
			int segment = townshipSegment(index);
			addTownship(code + three(segment), UnitKind.ofTownshipSegment(segment), county);
		}
	}

	private void addTownship(String code, UnitKind kind, Long[] county) {
		Long[] township = add(code, kind, county, 3);
		int count = VILLAGES / TOWNSHIPS + ((this.townships++ < VILLAGES % TOWNSHIPS) ? 1 : 0);
		for (int index = 0; index < count; index++) {
			int segment = (index < 9) ? 1 + index : 201 + (index - 9);
			add(code + three(segment), UnitKind.ofVillageSegment(segment), township, 4);
		}
	}

	/** Street offices, then towns, then townships, as in a mixed county. */
	private static int townshipSegment(int index) {
		if (index < 5) {
			return 1 + index;
		}
		return (index < 11) ? 101 + (index - 5) : 201 + (index - 11);
	}

	private Long[] add(String code, UnitKind kind, Long[] parentAncestry, int depth) {
		long id = Long.parseLong((code + "000000000000").substring(0, 12));
		Long[] ancestry = (parentAncestry != null) ? parentAncestry.clone() : new Long[UnitRepository.MAX_DEPTH + 1];
		ancestry[depth] = id;
		Long parentId = (parentAncestry != null) ? parentAncestry[depth - 1] : null;
		String name = "合成" + code + ((depth == 4) ? "社区居委会" : "");
		this.pending.add(new UnitRow(id, code, name, name, kind, parentId, depth, ancestry, null, VALID_FROM));
		if (this.pending.size() == CHUNK) {
			flush();
		}
		return ancestry;
	}

	private void flush() {
		List<UnitRow> rows = List.copyOf(this.pending);
		this.pending.clear();
		this.transactions.executeWithoutResult((status) -> this.repository.insert(rows, this.now));
	}

	/**
	 * Whether the database already holds the whole tree with its counts (the counts are
	 * written last).
	 */
	static boolean isComplete(JdbcTemplate jdbc) {
		try {
			Long villages = jdbc.queryForObject(
					"SELECT SUM(n) FROM org_unit_count WHERE unit_id = ?" + " AND unit_level = 'VILLAGE'", Long.class,
					rootId());
			return villages != null && villages == VILLAGES;
		}
		catch (DataAccessException ex) {
			return false;
		}
	}

	static long rootId() {
		return Long.parseLong(ROOT_CODE + "0000000000");
	}

	private static String two(int value) {
		return String.format("%02d", value);
	}

	private static String three(int value) {
		return String.format("%03d", value);
	}

}
