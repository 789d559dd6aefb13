package org.shejian.organisation.divisions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.shejian.audit.AuditLog;
import org.shejian.organisation.ShortNames;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.divisions.DivisionEdition.Entry;
import org.shejian.organisation.internal.UnitRepository;
import org.shejian.organisation.internal.UnitRepository.UnitRow;
import org.shejian.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the units of one province in line with an edition of the national files, all or
 * nothing: new units are added, renamed ones renamed with their old name kept, missing
 * ones retired (never deleted), retired ones listed again restored, and unchanged ones
 * left alone.
 */
@Service
public class DivisionImporter {

	private static final Logger logger = LoggerFactory.getLogger(DivisionImporter.class);

	private final UnitRepository units;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	private final Clock clock;

	private final ReentrantLock running = new ReentrantLock();

	DivisionImporter(UnitRepository units, JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit,
			Clock clock) {
		this.units = units;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Imports one province.
	 * @param files the edition's files
	 * @param province the two-digit province code
	 * @param edition the date the edition's changes take effect
	 * @param startedBy who started the import, for the record
	 * @param progress receives progress as the import runs
	 * @return the changes made
	 * @throws Problem (400) listing the first errors when any row is wrong; nothing is
	 * stored then
	 */
	public ImportReport importProvince(DivisionFileSet files, String province, LocalDate edition, String startedBy,
			ImportProgress progress) {
		if (province == null || !province.matches("\\d{2}")) {
			throw Problem.invalid("import.province.invalid", String.valueOf(province));
		}
		if (!this.running.tryLock()) {
			throw Problem.conflict("import.busy");
		}
		try {
			Instant started = this.clock.instant();
			logger.info("Division import of province {} from {} started", province, files.source());
			progress.update("reading", 0, 1);
			DivisionEdition parsed = DivisionParser.parse(files, province);
			ImportReport report = this.transactions
				.execute((status) -> apply(parsed, edition, started, startedBy, files.source(), progress));
			logger.info("Division import of province {} finished: {}", province, report);
			return report;
		}
		finally {
			this.running.unlock();
		}
	}

	private ImportReport apply(DivisionEdition edition, LocalDate date, Instant started, String startedBy,
			String source, ImportProgress progress) {
		Map<String, Unit> existing = new HashMap<>();
		this.units.existingUnder(edition.province()).forEach((e) -> existing.put(e.unit().code(), e.unit()));
		refuseOlderEdition(edition.province(), date);
		refuseMissingLevels(edition, existing.values());
		Changes changes = compare(edition, existing, date, progress);
		Instant compared = this.clock.instant();
		write(changes, date, progress);
		Instant written = this.clock.instant();
		progress.update("counting", 0, 1);
		this.units.recountTree(edition.units().get(0).code().id());
		Instant finished = this.clock.instant();
		logger.debug("Province {}: compared in {} ms, written in {} ms, counted in {} ms", edition.province(),
				Duration.between(started, compared).toMillis(), Duration.between(compared, written).toMillis(),
				Duration.between(written, finished).toMillis());
		ImportReport report = new ImportReport(edition.province(), date, edition.units().size(), changes.added.size(),
				changes.renamed.size(), changes.moved.size(), changes.retired.size(), changes.restored.size(),
				changes.unchanged, Duration.between(started, finished), edition.encodings());
		record(report, source, startedBy, started, finished);
		progress.update("done", 1, 1);
		return report;
	}

	private void refuseOlderEdition(String province, LocalDate date) {
		LocalDate latest = this.jdbc.sql("SELECT MAX(edition) FROM org_division_import WHERE province = ?")
			.param(province)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		if (latest != null && date.isBefore(latest)) {
			throw Problem.invalid("import.edition.older", date, latest);
		}
	}

	/**
	 * An edition that lists no unit of a level the province has (a missing or header-only
	 * file) would retire that whole level; it is refused instead.
	 */
	private static void refuseMissingLevels(DivisionEdition edition, Collection<Unit> existing) {
		Set<UnitLevel> listed = EnumSet.noneOf(UnitLevel.class);
		edition.units().forEach((entry) -> listed.add(entry.kind().level()));
		Map<UnitLevel, Long> stored = new EnumMap<>(UnitLevel.class);
		existing.stream().filter(Unit::isCurrent).forEach((unit) -> stored.merge(unit.level(), 1L, Long::sum));
		for (Map.Entry<UnitLevel, Long> level : stored.entrySet()) {
			if (!listed.contains(level.getKey())) {
				throw Problem.invalid("import.level.missing", level.getValue(), level.getKey().codeLength());
			}
		}
	}

	private Changes compare(DivisionEdition edition, Map<String, Unit> existing, LocalDate date,
			ImportProgress progress) {
		Changes changes = new Changes();
		Map<String, Long[]> ancestry = new HashMap<>();
		int done = 0;
		for (Entry entry : edition.units()) {
			Long[] lineage = lineage(entry, ancestry);
			ancestry.put(entry.code().code(), lineage);
			Unit current = existing.remove(entry.code().code());
			if (current == null) {
				changes.added.add(row(entry, lineage, date));
			}
			else {
				compareExisting(entry, current, lineage, changes);
			}
			if (++done % 5000 == 0) {
				progress.update("comparing", done, edition.units().size());
			}
		}
		existing.values().stream().filter(Unit::isCurrent).map(Unit::id).forEach(changes.retired::add);
		return changes;
	}

	private void compareExisting(Entry entry, Unit current, Long[] lineage, Changes changes) {
		boolean changed = false;
		if (!current.isCurrent()) {
			changes.restored.add(current.id());
			changed = true;
		}
		if (!current.name().equals(entry.name())) {
			changes.renamed.put(current, entry.name());
			changed = true;
		}
		Long parent = (entry.parent() != null) ? entry.parent().id() : null;
		if (!Objects.equals(parent, current.parentId())) {
			if (current.depth() != entry.depth()) {
				throw Problem.invalid("import.move.depth", entry.code(), current.depth(), entry.depth());
			}
			changes.moved.put(current, Arrays.asList(lineage).subList(0, entry.depth()));
			changed = true;
		}
		if (!changed) {
			changes.unchanged++;
		}
	}

	private static Long[] lineage(Entry entry, Map<String, Long[]> ancestry) {
		Long[] lineage = (entry.parent() != null) ? ancestry.get(entry.parent().code()).clone()
				: new Long[UnitRepository.MAX_DEPTH + 1];
		lineage[entry.depth()] = entry.code().id();
		return lineage;
	}

	private static UnitRow row(Entry entry, Long[] lineage, LocalDate date) {
		return new UnitRow(entry.code().id(), entry.code().code(), entry.name(), ShortNames.of(entry.name()),
				entry.kind(), (entry.parent() != null) ? entry.parent().id() : null, entry.depth(), lineage,
				entry.urbanRuralClass(), date);
	}

	private void write(Changes changes, LocalDate date, ImportProgress progress) {
		Instant now = this.clock.instant();
		progress.update("writing", 0, changes.added.size());
		this.units.insert(changes.added, now);
		this.units.setValidTo(changes.restored, null, now);
		for (Map.Entry<Unit, String> rename : changes.renamed.entrySet()) {
			Unit unit = this.units.findById(rename.getKey().id()).orElseThrow();
			String name = rename.getValue();
			if (!this.units.rename(unit, name, ShortNames.of(name), date, now)) {
				throw Problem.conflict("unit.stale", unit.code());
			}
		}
		for (Map.Entry<Unit, List<Long>> move : changes.moved.entrySet()) {
			Unit unit = this.units.findById(move.getKey().id()).orElseThrow();
			if (!this.units.move(unit, move.getValue(), now)) {
				throw Problem.conflict("unit.stale", unit.code());
			}
		}
		this.units.setValidTo(changes.retired, date, now);
		auditUnits(changes, date);
		progress.update("writing", changes.added.size(), changes.added.size());
	}

	private void auditUnits(Changes changes, LocalDate date) {
		changes.renamed.forEach((unit, name) -> this.audit.record("unit.rename", "unit:" + unit.code(), unit.id(),
				Map.of("name", unit.name()), Map.of("name", name)));
		changes.moved.forEach((unit, lineage) -> this.audit.record("unit.move", "unit:" + unit.code(), unit.id(),
				Map.of("parent", String.valueOf(unit.parentId())),
				Map.of("parent", String.valueOf(lineage.get(lineage.size() - 1)))));
		changes.retired.forEach((id) -> this.audit.record("unit.retire", "unit:" + id, id, Map.of("validTo", ""),
				Map.of("validTo", date.toString())));
		changes.restored.forEach((id) -> this.audit.record("unit.restore", "unit:" + id, id,
				Map.of("validTo", "retired"), Map.of("validTo", "")));
	}

	private void record(ImportReport report, String source, String startedBy, Instant started, Instant finished) {
		this.jdbc.sql("INSERT INTO org_division_import (province, edition, source, started_by, started_at, finished_at,"
				+ " added, renamed, moved, retired, restored, unchanged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(report.province(), report.edition(), abbreviate(source), startedBy,
					java.sql.Timestamp.from(started), java.sql.Timestamp.from(finished), report.added(),
					report.renamed(), report.moved(), report.retired(), report.restored(), report.unchanged())
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("edition", report.edition().toString());
		after.put("source", abbreviate(source));
		after.put("added", report.added());
		after.put("renamed", report.renamed());
		after.put("moved", report.moved());
		after.put("retired", report.retired());
		after.put("restored", report.restored());
		after.put("unchanged", report.unchanged());
		this.audit.record("divisions.import", "province:" + report.province(), null, null, after);
	}

	private static String abbreviate(String source) {
		return (source.length() > 200) ? source.substring(0, 200) : source;
	}

	/**
	 * The changes an edition brings, before they are written.
	 */
	private static final class Changes {

		final List<UnitRow> added = new ArrayList<>();

		final Map<Unit, String> renamed = new LinkedHashMap<>();

		final Map<Unit, List<Long>> moved = new LinkedHashMap<>();

		final List<Long> retired = new ArrayList<>();

		final List<Long> restored = new ArrayList<>();

		int unchanged;

	}

}
