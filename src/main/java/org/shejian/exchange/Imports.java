package org.shejian.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

import org.shejian.audit.AuditLog;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Item;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ResourceTables;
import org.shejian.catalogue.ResourceTables.BatchWriter;
import org.shejian.catalogue.ResourceTables.Duplicate;
import org.shejian.catalogue.ResourceTables.LoadRow;
import org.shejian.catalogue.ResourceTables.Prepared;
import org.shejian.exchange.internal.BatchRepository;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;
import org.shejian.shared.geo.CoordinateSystem;
import org.shejian.shared.geo.Coordinates;
import org.shejian.shared.geo.GeoPoint;
import org.shejian.shared.tabular.Row;
import org.shejian.shared.tabular.RowsWriter;
import org.shejian.shared.tabular.TabularReader;
import org.shejian.standards.DataType;
import org.shejian.standards.Standards;
import org.shejian.standards.ValueChecker;
import org.shejian.standards.ValueRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import pipeline: one file into one stored resource, as one batch.
 *
 * <ol>
 * <li>The file is read as a stream (CSV in the encoding its whole byte stream shows, or
 * XLSX), so memory stays flat for any size.</li>
 * <li>Columns are matched to items by heading (the item's title, name, English title or
 * data element name), in any order; a missing required column refuses the file.</li>
 * <li>Every value goes through its data element's check; codes stay text; coordinates are
 * converted once from the system the file declares to WGS-84; a row's unit must exist and
 * lie in the importer's scope; a key repeated within the file is rejected.</li>
 * <li>Everything is written in one transaction: a failure or a stop leaves nothing
 * half-written. In all-or-nothing mode a single rejected row loads nothing; otherwise the
 * valid rows are loaded. Rejected rows go to an XLSX report with the reason for
 * each.</li>
 * <li>Rows are upserted by the resource key, so a re-run changes nothing; each row
 * remembers its batch, and the newest batch of a resource can be rolled back.</li>
 * </ol>
 */
@Service
public class Imports {

	/** Rows per write to the database. */
	static final int CHUNK = 5000;

	/**
	 * The most characters a cell of the report of rejected rows holds (Excel's limit).
	 */
	static final int REPORT_TEXT = 32_767;

	private static final Logger logger = LoggerFactory.getLogger(Imports.class);

	private final Catalogue catalogue;

	private final ResourceTables tables;

	private final Standards standards;

	private final Units units;

	private final UnitScope scope;

	private final BatchRepository batches;

	private final AuditLog audit;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Path directory;

	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	Imports(Catalogue catalogue, ResourceTables tables, Standards standards, Units units, UnitScope scope,
			BatchRepository batches, AuditLog audit, MessageSource messages, TransactionTemplate transactions,
			Clock clock, @Value("${shejian.data-dir}") String dataDir) {
		this.catalogue = catalogue;
		this.tables = tables;
		this.standards = standards;
		this.units = units;
		this.scope = scope;
		this.batches = batches;
		this.audit = audit;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
		this.directory = Path.of(dataDir, "exchange");
	}

	/** Told how far an import has got. */
	public interface Progress {

		void rows(long read, long rejected);

		/** The batch was created; called before any row is read. */
		default void started(long batchId) {
		}

		Progress NONE = (read, rejected) -> {
		};

	}

	/**
	 * Checks that the actor may import into the resource and that it takes imports; the
	 * web layer calls this before accepting an upload.
	 * @return the resource's working copy
	 */
	public Resource target(Actor actor, String identifier) {
		Resource resource = this.catalogue.workingCopy(actor, identifier);
		boolean editor = Role.UNIT_EDITORS.stream().anyMatch(actor::has);
		if (!editor || !this.scope.covers(actor, resource.providerUnitId())) {
			throw Problem.forbidden("catalogue.maintainerOnly");
		}
		if (resource.sourceKind() != Resource.SourceKind.STORED) {
			throw Problem.invalid("exchange.notStored", identifier);
		}
		return resource;
	}

	/**
	 * Whether the resource's rows carry coordinates, so that a file must declare its
	 * system.
	 */
	public boolean hasCoordinates(Resource resource) {
		return coordinateItems(resource) != null;
	}

	/**
	 * Imports a file as one batch.
	 * @param coordinates the coordinate system of the file; required when the resource
	 * holds coordinates
	 * @param locale the language of the report
	 * @return the finished batch
	 */
	public Batch importFile(Actor actor, String identifier, Path file, String fileName, ImportMode mode,
			CoordinateSystem coordinates, Locale locale, Progress progress) {
		Resource resource = target(actor, identifier);
		if (hasCoordinates(resource) && coordinates == null) {
			throw Problem.invalid("exchange.coordinates.missing");
		}
		if (!this.running.add(resource.id())) {
			throw Problem.conflict("exchange.busy", identifier);
		}
		try {
			long id = this.batches.start(resource.id(), identifier, Text.name(fileName, 300), mode,
					(coordinates != null) ? coordinates.name() : null, actor.username(), actor.unitId(),
					this.clock.instant());
			progress.started(id);
			Run run = new Run(id, resource, actor, mode, coordinates, locale, progress);
			run.execute(file, fileName);
			return this.batches.find(id).orElseThrow();
		}
		finally {
			this.running.remove(resource.id());
		}
	}

	/**
	 * Undoes the newest loaded batch of its resource: removes the rows it wrote and puts
	 * back those it overwrote.
	 */
	public Batch rollback(Actor actor, long batchId) {
		Batch batch = batch(actor, batchId);
		Resource resource = target(actor, batch.resourceIdentifier());
		if (batch.state() != Batch.State.LOADED) {
			throw Problem.conflict("exchange.rollback.state", batchId,
					Problem.label("exchange.state." + batch.state()));
		}
		// The import lock: a rollback never runs beside an import into the same resource,
		// which may be about to write a newer batch over the rows put back.
		if (!this.running.add(resource.id())) {
			throw Problem.conflict("exchange.busy", resource.identifier());
		}
		try {
			Long newest = this.batches.newestLoaded(resource.id()).orElse(null);
			if (newest == null || newest != batchId) {
				throw Problem.conflict("exchange.rollback.notNewest", batchId, newest);
			}
			this.transactions.executeWithoutResult((status) -> {
				int removed = this.tables.rollback(resource, batchId);
				if (!this.batches.rolledBack(batchId, actor.username(), this.clock.instant())) {
					throw Problem.conflict("exchange.rollback.state", batchId,
							Problem.label("exchange.state." + batch.state()));
				}
				this.audit.record("exchange.rollback", "batch:" + batchId, resource.providerUnitId(), batch,
						Map.of("rowsRemoved", removed));
			});
		}
		finally {
			this.running.remove(resource.id());
		}
		return this.batches.find(batchId).orElseThrow();
	}

	/** A batch the actor started or whose resource the actor maintains. */
	public Batch batch(Actor actor, long batchId) {
		Batch batch = this.batches.find(batchId)
			.orElseThrow(() -> Problem.notFound("exchange.batch.notFound", batchId));
		boolean visible = this.scope.covers(actor, batch.startedUnitId())
				|| this.catalogue.find(batch.resourceIdentifier())
					.map((r) -> this.scope.covers(actor, r.providerUnitId()))
					.orElse(false);
		if (!visible) {
			throw Problem.notFound("exchange.batch.notFound", batchId);
		}
		return batch;
	}

	/** The batches of a resource, newest first. */
	public List<Batch> batches(Actor actor, String identifier) {
		Resource resource = this.catalogue.workingCopy(actor, identifier);
		return this.batches.ofResource(resource.id());
	}

	/** The report of a batch's rejected rows. */
	public Path rejects(Actor actor, long batchId) {
		Batch batch = batch(actor, batchId);
		if (batch.rejectsFile() == null || !Files.exists(this.directory.resolve(batch.rejectsFile()))) {
			throw Problem.notFound("exchange.rejects.none", batchId);
		}
		return this.directory.resolve(batch.rejectsFile());
	}

	/**
	 * Marks batches a stopped platform left running; their transactions were rolled back.
	 */
	public int interruptLeftovers() {
		return this.batches.interruptRunning(this.clock.instant());
	}

	private int[] coordinateItems(Resource resource) {
		int longitude = -1;
		int latitude = -1;
		for (int i = 0; i < resource.items().size(); i++) {
			ValueRule rule = this.standards.element(resource.items().get(i).element()).rule();
			if (rule == ValueRule.LONGITUDE) {
				longitude = i;
			}
			else if (rule == ValueRule.LATITUDE) {
				latitude = i;
			}
		}
		return (longitude >= 0 && latitude >= 0) ? new int[] { longitude, latitude } : null;
	}

	/**
	 * One run of the pipeline over one file.
	 */
	private final class Run {

		private final long batchId;

		private final Resource resource;

		private final Actor actor;

		private final ImportMode mode;

		private final CoordinateSystem coordinates;

		private final Locale locale;

		private final Progress progress;

		private final List<Item> items;

		private final ValueChecker[] checkers;

		private final int[] keyIndexes;

		private final int unitIndex;

		private final int[] coordinateIndexes;

		private final Map<String, Long> unitIds = new HashMap<>();

		private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(2);

		private volatile boolean stopped;

		private BatchWriter writer;

		private volatile RuntimeException readFailure;

		private List<String> headers;

		private OutputStream rejectsOut;

		private RowsWriter rejects;

		private String rejectsName;

		private volatile long read;

		private long loaded;

		private volatile long rejected;

		Run(long batchId, Resource resource, Actor actor, ImportMode mode, CoordinateSystem coordinates, Locale locale,
				Progress progress) {
			this.batchId = batchId;
			this.resource = resource;
			this.actor = actor;
			this.mode = mode;
			this.coordinates = coordinates;
			this.locale = locale;
			this.progress = progress;
			this.items = resource.items();
			this.checkers = new ValueChecker[this.items.size()];
			for (int i = 0; i < this.checkers.length; i++) {
				this.checkers[i] = Imports.this.standards.checker(this.items.get(i).element());
			}
			this.keyIndexes = resource.keyItems().stream().mapToInt(this::indexOf).toArray();
			this.unitIndex = (resource.unitItem() != null) ? indexOf(resource.unitItem()) : -1;
			this.coordinateIndexes = coordinateItems(resource);
		}

		private int indexOf(String name) {
			for (int i = 0; i < this.items.size(); i++) {
				if (this.items.get(i).name().equals(name)) {
					return i;
				}
			}
			throw new IllegalStateException("No item " + name);
		}

		void execute(Path file, String fileName) {
			String format = null;
			String note = null;
			try (TabularReader reader = TabularReader.open(file, fileName)) {
				format = reader.description();
				this.headers = reader.headers();
				int[] columns = new int[this.items.size()];
				note = mapColumns(columns);
				Boolean loadedAll = Imports.this.transactions.execute((status) -> {
					this.writer = Imports.this.tables.writer(this.resource, this.batchId);
					writeChunks(reader, columns);
					finishWriting(file, fileName);
					if (this.read == 0) {
						throw Problem.invalid("exchange.noRows");
					}
					if (this.mode == ImportMode.ALL_OR_NOTHING && this.rejected > 0) {
						status.setRollbackOnly();
						return false;
					}
					Imports.this.audit.record("exchange.import", "batch:" + this.batchId,
							this.resource.providerUnitId(), null, Map.of("resource", this.resource.identifier(), "file",
									fileName, "rowsLoaded", this.loaded, "rowsRejected", this.rejected));
					return true;
				});
				closeRejects();
				boolean loadedRows = Boolean.TRUE.equals(loadedAll);
				String message = loadedRows ? note : text(Problem.invalid("exchange.allOrNothing", this.rejected))
						+ ((note != null) ? " " + note : "");
				Imports.this.batches.finish(this.batchId, loadedRows ? Batch.State.LOADED : Batch.State.REFUSED, format,
						this.read, loadedRows ? this.loaded : 0, this.rejected, message, this.rejectsName,
						Imports.this.clock.instant());
			}
			catch (Problem problem) {
				closeRejects();
				Imports.this.batches.finish(this.batchId, Batch.State.REFUSED, format, this.read, 0, this.rejected,
						text(problem), this.rejectsName, Imports.this.clock.instant());
				throw problem;
			}
			catch (RuntimeException ex) {
				closeRejects();
				logger.error("Import batch {} into {} failed", this.batchId, this.resource.identifier(), ex);
				Imports.this.batches.finish(this.batchId, Batch.State.REFUSED, format, this.read, 0, this.rejected,
						text(new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "exchange.failed")), this.rejectsName,
						Imports.this.clock.instant());
				throw ex;
			}
		}

		/** Matches columns to items. @return a note naming ignored columns, or null */
		private String mapColumns(int[] columns) {
			Map<String, Integer> byHeading = new HashMap<>();
			for (int c = 0; c < this.headers.size(); c++) {
				byHeading.putIfAbsent(heading(this.headers.get(c)), c);
			}
			List<String> missing = new ArrayList<>();
			boolean[] used = new boolean[this.headers.size()];
			for (int i = 0; i < this.items.size(); i++) {
				Item item = this.items.get(i);
				Integer column = null;
				for (String name : new String[] { item.title(), item.name(), item.titleEn(),
						this.checkers[i].element().name() }) {
					if (column == null && name != null) {
						column = byHeading.get(heading(name));
					}
				}
				columns[i] = (column != null) ? column : -1;
				if (column != null) {
					used[column] = true;
				}
				else if (item.required()) {
					missing.add(item.title());
				}
			}
			if (!missing.isEmpty()) {
				throw Problem.invalid("exchange.header.missing", String.join("、", missing),
						String.join("、", this.headers));
			}
			List<String> ignored = new ArrayList<>();
			for (int c = 0; c < used.length; c++) {
				if (!used[c] && !this.headers.get(c).isBlank()) {
					ignored.add(this.headers.get(c));
				}
			}
			return ignored.isEmpty() ? null
					: text(Problem.invalid("exchange.header.ignored", String.join("、", ignored)));
		}

		private static String heading(String text) {
			String normal = Text.compact(text);
			return (normal != null) ? normal.replace("*", "").toLowerCase(Locale.ROOT) : "";
		}

		/**
		 * Reads and checks the file on a thread of its own while this thread, which holds
		 * the transaction, writes the checked rows chunk by chunk: reading and writing
		 * overlap, and a failure on either side stops both.
		 */
		private void writeChunks(TabularReader reader, int[] columns) {
			Thread producer = new Thread(() -> readChunks(reader, columns), "import-read-" + this.batchId);
			producer.setDaemon(true);
			producer.start();
			try {
				while (true) {
					Chunk chunk = this.chunks.take();
					if (chunk == Chunk.END) {
						break;
					}
					write(chunk);
				}
				if (this.readFailure != null) {
					throw this.readFailure;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Import interrupted", ex);
			}
			finally {
				this.stopped = true;
				this.chunks.clear();
				producer.interrupt();
				try {
					producer.join();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		private void readChunks(TabularReader reader, int[] columns) {
			try {
				Chunk chunk = new Chunk();
				Row row;
				while (!this.stopped && (row = reader.next()) != null) {
					this.read++;
					try {
						chunk.checked.add(check(row, columns));
						chunk.source.add(row);
					}
					catch (Problem problem) {
						reject(row.number(), problem, cells(row));
					}
					if (chunk.checked.size() >= CHUNK) {
						this.chunks.put(placeInUnits(chunk));
						chunk = new Chunk();
					}
				}
				if (!chunk.checked.isEmpty()) {
					this.chunks.put(placeInUnits(chunk));
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				this.readFailure = ex;
			}
			try {
				this.chunks.put(Chunk.END);
			}
			catch (InterruptedException ex) {
				// the writer has stopped and does not wait for the end
			}
		}

		/**
		 * Finds the unit of every checked row of a chunk, looking up in one query the
		 * codes no earlier chunk had, and rejects the rows whose unit does not exist or
		 * lies outside the importer's scope.
		 */
		private Chunk placeInUnits(Chunk chunk) {
			if (this.unitIndex >= 0) {
				Set<String> unseen = new HashSet<>();
				for (Checked row : chunk.checked) {
					String code = (String) row.values()[this.unitIndex];
					if (!this.unitIds.containsKey(code)) {
						unseen.add(code);
					}
				}
				if (!unseen.isEmpty()) {
					Map<String, Long> found = Imports.this.units.currentWithin(unseen, this.actor.unitId());
					unseen.forEach((code) -> this.unitIds.put(code, found.getOrDefault(code, 0L)));
				}
			}
			for (int i = 0; i < chunk.checked.size(); i++) {
				Checked row = chunk.checked.get(i);
				try {
					chunk.rows.add(new LoadRow(row.key(), unit(row.values()), row.line(), row.values()));
				}
				catch (Problem problem) {
					reject(row.line(), problem, cells(chunk.source.get(i)));
				}
			}
			chunk.prepared = Imports.this.tables.prepare(this.resource, this.batchId, chunk.rows);
			return chunk;
		}

		private Checked check(Row row, int[] columns) {
			if (repeatsHeader(row)) {
				throw Problem.invalid("exchange.headerAgain");
			}
			Object[] values = new Object[this.items.size()];
			for (int i = 0; i < values.length; i++) {
				String raw = (columns[i] >= 0) ? row.text(columns[i]) : null;
				try {
					if (columns[i] >= 0 && row.isNumeric(columns[i]) && lostDigits(this.checkers[i], raw)) {
						throw Problem.invalid("value.spreadsheetDigits", raw);
					}
					values[i] = this.checkers[i].check(raw);
				}
				catch (Problem problem) {
					if (this.coordinateIndexes != null
							&& (i == this.coordinateIndexes[0] || i == this.coordinateIndexes[1])) {
						explainCoordinates(row, columns);
					}
					throw Problem.invalid("exchange.value", this.items.get(i).title(), text(problem));
				}
				if (values[i] == null && this.items.get(i).required()) {
					throw Problem.invalid("exchange.required", this.items.get(i).title());
				}
			}
			if (this.coordinateIndexes != null) {
				convert(values);
			}
			StringBuilder key = new StringBuilder();
			for (int index : this.keyIndexes) {
				key.append((key.length() > 0) ? "|" : "").append(plain(values[index]));
			}
			int keyLength = key.codePointCount(0, key.length());
			if (keyLength > ResourceTables.KEY_LENGTH) {
				throw Problem.invalid("exchange.keyTooLong", keyLength, ResourceTables.KEY_LENGTH);
			}
			return new Checked(key.toString(), row.number(), values);
		}

		/**
		 * Whether a row holds the header's names again, as when two files were pasted
		 * together: never data, even where every item takes any text.
		 */
		private boolean repeatsHeader(Row row) {
			for (int c = 0; c < this.headers.size(); c++) {
				if (!this.headers.get(c).equals(Text.normalise(row.text(c)))) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Whether a spreadsheet held a code or other text as a number of more than 15
		 * digits: a spreadsheet keeps 15 significant digits, so the last ones are already
		 * gone (an 18-digit identity number ends in zeros), whatever check character they
		 * may happen to match.
		 */
		private static boolean lostDigits(ValueChecker checker, String raw) {
			DataType type = checker.element().dataType();
			if (raw == null || (type != DataType.TEXT && type != DataType.CODE)) {
				return false;
			}
			int digits = 0;
			for (int i = 0; i < raw.length(); i++) {
				if (Character.isDigit(raw.charAt(i))) {
					digits++;
				}
			}
			return digits > 15;
		}

		/**
		 * When a coordinate fails its check, says why in terms of points: latitude and
		 * longitude swapped, or a point outside China.
		 */
		private void explainCoordinates(Row row, int[] columns) {
			int lng = columns[this.coordinateIndexes[0]];
			int lat = columns[this.coordinateIndexes[1]];
			if (lng < 0 || lat < 0) {
				return;
			}
			try {
				GeoPoint.inChina(Double.parseDouble(Text.compact(row.text(lat))),
						Double.parseDouble(Text.compact(row.text(lng))));
			}
			catch (NumberFormatException | NullPointerException ex) {
				// not numbers: the element's own message says so
			}
		}

		private void convert(Object[] values) {
			Object lng = values[this.coordinateIndexes[0]];
			Object lat = values[this.coordinateIndexes[1]];
			if (lng == null && lat == null) {
				return;
			}
			if (lng == null || lat == null) {
				throw Problem.invalid("exchange.coordinates.half");
			}
			GeoPoint declared = GeoPoint.inChina(((BigDecimal) lat).doubleValue(), ((BigDecimal) lng).doubleValue());
			GeoPoint wgs = Coordinates.toWgs84(declared, this.coordinates);
			values[this.coordinateIndexes[0]] = BigDecimal.valueOf(wgs.lng()).setScale(7, RoundingMode.HALF_UP);
			values[this.coordinateIndexes[1]] = BigDecimal.valueOf(wgs.lat()).setScale(7, RoundingMode.HALF_UP);
		}

		private long unit(Object[] values) {
			if (this.unitIndex < 0) {
				return this.resource.providerUnitId();
			}
			String code = (String) values[this.unitIndex];
			long id = this.unitIds.get(code);
			if (id == 0L) {
				throw Problem.invalid("exchange.unit.unknown", code);
			}
			if (id < 0) {
				throw Problem.invalid("exchange.unit.outside", code);
			}
			return id;
		}

		private static String plain(Object value) {
			return (value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros().toPlainString()
					: String.valueOf(value);
		}

		private void write(Chunk chunk) {
			List<Duplicate> duplicates = this.writer.write(chunk.prepared);
			Map<Long, Row> byLine = new HashMap<>();
			if (!duplicates.isEmpty()) {
				chunk.source.forEach((row) -> byLine.put(row.number(), row));
			}
			for (Duplicate duplicate : duplicates) {
				reject(duplicate.line(), Problem.invalid("exchange.duplicate", duplicate.key(), duplicate.firstLine()),
						cellsOf(byLine.get(duplicate.line())));
			}
			this.loaded += chunk.rows.size() - duplicates.size();
			this.progress.rows(this.read, this.rejected);
		}

		/**
		 * Completes the writing, reporting the rows found only then to repeat an earlier
		 * key with their cells, read again from the file in step with them (they come in
		 * line order).
		 */
		private void finishWriting(Path file, String fileName) {
			TabularReader[] again = new TabularReader[1];
			try {
				this.writer.finish((duplicate) -> {
					if (again[0] == null) {
						again[0] = TabularReader.open(file, fileName);
					}
					Row row = again[0].next();
					while (row != null && row.number() < duplicate.line()) {
						row = again[0].next();
					}
					reject(duplicate.line(),
							Problem.invalid("exchange.duplicate", duplicate.key(), duplicate.firstLine()),
							(row != null && row.number() == duplicate.line()) ? cells(row) : null);
					this.loaded--;
				});
			}
			finally {
				if (again[0] != null) {
					again[0].close();
				}
			}
		}

		private List<String> cellsOf(Row row) {
			return (row != null) ? cells(row) : null;
		}

		private List<String> cells(Row row) {
			List<String> cells = new ArrayList<>(this.headers.size());
			for (int c = 0; c < this.headers.size(); c++) {
				cells.add(row.text(c));
			}
			return cells;
		}

		/** Called by the reading and the writing thread both. */
		private synchronized void reject(long line, Problem problem, List<String> cells) {
			this.rejected++;
			try {
				if (this.rejects == null) {
					Files.createDirectories(Imports.this.directory);
					this.rejectsName = "rejects-" + this.batchId + ".xlsx";
					this.rejectsOut = Files.newOutputStream(Imports.this.directory.resolve(this.rejectsName));
					this.rejects = RowsWriter.xlsx(this.rejectsOut);
					List<String> headings = new ArrayList<>();
					headings.add(Imports.this.messages.getMessage("exchange.rejects.line", null, this.locale));
					headings.add(Imports.this.messages.getMessage("exchange.rejects.reason", null, this.locale));
					headings.addAll(this.headers);
					this.rejects.sheet(Imports.this.messages.getMessage("exchange.rejects.sheet", null, this.locale),
							headings);
				}
				List<Object> values = new ArrayList<>();
				values.add(line);
				values.add(fit(text(problem)));
				if (cells != null) {
					cells.forEach((cell) -> values.add(fit(cell)));
				}
				this.rejects.row(values);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * Cuts a text to what a cell of the report holds: a value too long for its item
		 * is reported, not a reason to fail the whole import.
		 */
		private static String fit(String text) {
			return (text.length() > REPORT_TEXT) ? text.substring(0, REPORT_TEXT - 1) + "…" : text;
		}

		private synchronized void closeRejects() {
			if (this.rejects == null) {
				return;
			}
			try {
				this.rejects.finish();
				this.rejects.close();
				this.rejectsOut.close();
			}
			catch (Exception ex) {
				logger.warn("Closing the report of rejected rows of batch {} failed", this.batchId, ex);
			}
			this.rejects = null;
		}

		private String text(Problem problem) {
			return problem.text(Imports.this.messages, this.locale);
		}

	}

	/** A row whose values passed their checks, before its unit is known. */
	private record Checked(String key, long line, Object[] values) {
	}

	/**
	 * Rows checked together and written together, with the rows of the file they came
	 * from, for the report of rows the database refuses.
	 */
	private static final class Chunk {

		static final Chunk END = new Chunk();

		final List<Checked> checked = new ArrayList<>(CHUNK);

		/** The rows of the file, in the order of {@link #checked}. */
		final List<Row> source = new ArrayList<>(CHUNK);

		/** The checked rows placed in their units. */
		final List<LoadRow> rows = new ArrayList<>(CHUNK);

		/** The rows as the database takes them. */
		Prepared prepared;

	}

}
