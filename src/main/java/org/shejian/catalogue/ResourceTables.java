package org.shejian.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.shejian.catalogue.RowQuery.Filter;
import org.shejian.catalogue.RowQuery.Operator;
import org.shejian.organisation.UnitCode;
import org.shejian.shared.Problem;
import org.shejian.standards.DataElement;
import org.shejian.standards.DataType;
import org.shejian.standards.Standards;
import org.shejian.standards.ValueChecker;
import org.shejian.standards.ValueFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The relations that hold resources' rows, and every read and write of them. A stored
 * resource has a table {@code ds_<id>}: {@code _key} (primary key), {@code _unit},
 * {@code _batch} (the import that wrote the row), {@code _line} (the line of the file it
 * came from) and one typed column {@code c_<item>} per item; {@code ds_<id>_prev} keeps
 * the rows each batch overwrote, so that a batch can be rolled back. Platform resources
 * are views with the same leading columns.
 *
 * <p>
 * Names in SQL come only from the resource's own id and its items' names, which are
 * checked to be lower-case identifiers; values always travel as parameters.
 */
@Component
public class ResourceTables {

	/** The most characters a row's key holds, its items' values joined. */
	public static final int KEY_LENGTH = 400;

	/** SQLSTATE of a broken unique constraint. */
	private static final String UNIQUE_VIOLATION = "23505";

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final Standards standards;

	private volatile Boolean postgres;

	ResourceTables(JdbcTemplate jdbc, DataSource dataSource, Standards standards) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.standards = standards;
	}

	/** The table name of a stored resource. */
	static String table(long resourceId) {
		return "ds_" + resourceId;
	}

	// ---------------------------------------------------------------- definition

	void create(long resourceId, List<Item> items) {
		StringBuilder columns = new StringBuilder();
		for (Item item : items) {
			columns.append(", ").append(item.column()).append(' ').append(sqlType(item));
		}
		String table = table(resourceId);
		// Keys are compared byte by byte on PostgreSQL: a key is an identifier,
		// not text to sort for readers, and the collation of the database would
		// make every index step of an import and every cursor page compare by
		// the rules of a language.
		String key = "_key VARCHAR(" + KEY_LENGTH + ")" + (isPostgres() ? " COLLATE \"C\"" : "") + " NOT NULL";
		this.jdbc.execute("CREATE TABLE " + table + " (" + key + " PRIMARY KEY, _unit BIGINT NOT NULL,"
				+ " _batch BIGINT, _line BIGINT" + columns + ")");
		this.jdbc.execute("CREATE INDEX " + table + "_unit_ix ON " + table + " (_unit)");
		// No index on _batch: every row written would pay for it, and only a rollback,
		// which is rare, reads rows by batch (one pass over the table).
		this.jdbc.execute("CREATE TABLE " + table + "_prev (" + key + ", _unit BIGINT NOT NULL,"
				+ " _batch BIGINT, _line BIGINT" + columns + ", _superseded_by BIGINT NOT NULL)");
		this.jdbc.execute("CREATE INDEX " + table + "_prev_ix ON " + table + "_prev (_superseded_by)");
	}

	void addColumn(long resourceId, Item item) {
		for (String table : List.of(table(resourceId), table(resourceId) + "_prev")) {
			this.jdbc.execute("ALTER TABLE " + table + " ADD COLUMN " + item.column() + " " + sqlType(item));
		}
	}

	void dropColumn(long resourceId, Item item) {
		for (String table : List.of(table(resourceId), table(resourceId) + "_prev")) {
			this.jdbc.execute("ALTER TABLE " + table + " DROP COLUMN " + item.column());
		}
	}

	/** Whether the resource holds no rows. */
	public boolean isEmpty(Resource resource) {
		return this.jdbc.queryForList("SELECT 1 FROM " + resource.relation() + " FETCH FIRST 1 ROWS ONLY").isEmpty();
	}

	/** How many rows the resource holds in all. */
	public long count(Resource resource) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + resource.relation(), Long.class);
		return (count != null) ? count : 0;
	}

	private String sqlType(Item item) {
		DataElement element = this.standards.element(item.element());
		ValueFormat format = element.format();
		return switch (element.dataType()) {
			case TEXT, CODE -> "VARCHAR(" + Math.max(format.isDate() ? 10 : format.length(), 1) + ")";
			case INTEGER -> "BIGINT";
			case DECIMAL ->
				"NUMERIC(" + Math.min(Math.max(format.length(), 1), 38) + ", " + Math.min(format.fraction(), 37) + ")";
			case DATE -> "DATE";
			case BOOLEAN -> "BOOLEAN";
		};
	}

	// ---------------------------------------------------------------- reading

	/**
	 * Reads one page of rows.
	 * @param scopeCondition an SQL condition on {@code _unit} limiting the rows to a
	 * scope, {@code null} for all rows
	 * @throws Problem (400) for an unknown item in fields, filters or sort, a filter
	 * value its data element refuses, or a cursor that was not issued for this query
	 */
	public RowPage read(Resource resource, RowQuery query, String scopeCondition) {
		List<Item> fields = fields(resource, query.fields());
		Item sort = (query.sort() != null) ? known(resource, query.sort()) : null;
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("SELECT _key");
		if (sort != null) {
			sql.append(", ").append(sort.column()).append(" AS _sort");
		}
		for (Item item : fields) {
			sql.append(", ").append(item.column());
		}
		sql.append(" FROM ").append(resource.relation()).append(" WHERE 1 = 1");
		appendConditions(resource, query.filters(), scopeCondition, sql, params);
		if (query.cursor() != null) {
			Cursor cursor = Cursor.decode(query.cursor(), sort);
			cursor.appendCondition(sort, query.descending(), sql, params);
		}
		if (sort != null) {
			sql.append(" ORDER BY ")
				.append(sort.column())
				.append(query.descending() ? " DESC" : " ASC")
				.append(" NULLS LAST, _key");
		}
		else {
			sql.append(" ORDER BY _key");
		}
		sql.append(" FETCH FIRST ").append(query.limit() + 1).append(" ROWS ONLY");
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> lastKey = new ArrayList<>(1);
		List<Object> lastSort = new ArrayList<>(1);
		this.jdbc.query(sql.toString(), (ResultSet rs) -> {
			if (rows.size() == query.limit()) {
				rows.add(null);
				return;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			int column = (sort != null) ? 3 : 2;
			for (Item item : fields) {
				row.put(item.name(), value(rs, column++, item.dataType()));
			}
			rows.add(row);
			lastKey.clear();
			lastKey.add(rs.getString(1));
			lastSort.clear();
			lastSort.add((sort != null) ? value(rs, 2, sort.dataType()) : null);
		}, params.toArray());
		String next = null;
		if (rows.size() > query.limit()) {
			rows.remove(rows.size() - 1);
			next = new Cursor(lastKey.get(0), lastSort.get(0)).encode(sort);
		}
		return new RowPage(rows, next);
	}

	/**
	 * Streams every row within the scope, in key order, as values in the order of the
	 * fields, without holding them in memory.
	 */
	public void stream(Resource resource, List<String> fieldNames, String scopeCondition, Consumer<Object[]> sink) {
		List<Item> fields = fields(resource, fieldNames);
		StringBuilder sql = new StringBuilder("SELECT _key");
		for (Item item : fields) {
			sql.append(", ").append(item.column());
		}
		sql.append(" FROM ").append(resource.relation()).append(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		appendConditions(resource, List.of(), scopeCondition, sql, params);
		sql.append(" ORDER BY _key");
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
			statement.setFetchSize(1000);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					Object[] values = new Object[fields.size()];
					for (int i = 0; i < values.length; i++) {
						values[i] = value(rs, i + 2, fields.get(i).dataType());
					}
					sink.accept(values);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Reading " + resource.identifier() + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private List<Item> fields(Resource resource, List<String> names) {
		if (names == null || names.isEmpty()) {
			return resource.items();
		}
		List<Item> fields = new ArrayList<>();
		for (String name : names) {
			Item item = known(resource, name);
			if (!fields.contains(item)) {
				fields.add(item);
			}
		}
		return fields;
	}

	private static Item known(Resource resource, String name) {
		return resource.item(name).orElseThrow(() -> Problem.invalid("catalogue.item.unknown", name));
	}

	private void appendConditions(Resource resource, List<Filter> filters, String scopeCondition, StringBuilder sql,
			List<Object> params) {
		if (scopeCondition != null) {
			sql.append(" AND ").append(scopeCondition);
		}
		for (Filter filter : filters) {
			Item item = known(resource, filter.item());
			ValueChecker checker = this.standards.checker(item.element());
			Object value = checker.check(filter.value());
			if (value == null) {
				sql.append(" AND ").append(item.column()).append(" IS NULL");
			}
			else {
				sql.append(" AND ").append(item.column()).append(' ').append(filter.operator().sql).append(" ?");
				params.add(parameter(value));
				appendUnitId(resource, item, filter, value, sql, params);
			}
		}
	}

	/**
	 * Narrows a filter on a row's unit code by {@code _unit}, which holds the id of that
	 * unit (the padded code as a number) and is indexed: without it a page for one unit
	 * reads the whole table. The rows selected stay the same.
	 */
	private static void appendUnitId(Resource resource, Item item, Filter filter, Object value, StringBuilder sql,
			List<Object> params) {
		if (!item.name().equals(resource.unitItem()) || filter.operator() != Operator.EQ
				|| !(value instanceof String code)) {
			return;
		}
		try {
			params.add(UnitCode.parse(code).id());
			sql.append(" AND _unit = ?");
		}
		catch (Problem ex) {
			// all zeros: no unit's code, and the item's own condition finds no row
		}
	}

	static Object parameter(Object value) {
		return (value instanceof LocalDate date) ? Date.valueOf(date) : value;
	}

	static Object value(ResultSet rs, int column, DataType type) throws SQLException {
		return switch (type) {
			case TEXT, CODE -> rs.getString(column);
			case INTEGER -> rs.getObject(column, Long.class);
			case DECIMAL -> rs.getBigDecimal(column);
			case DATE -> {
				Date date = rs.getDate(column);
				yield (date != null) ? date.toLocalDate() : null;
			}
			case BOOLEAN -> rs.getObject(column, Boolean.class);
		};
	}

	/**
	 * Where a page ended: the last key and, when sorted by an item, its value there. Sent
	 * to clients as opaque base64.
	 */
	record Cursor(String key, Object sortValue) {

		String encode(Item sort) {
			String text = (sort == null) ? "k|" + this.key
					: "s|" + ((this.sortValue != null) ? "v" + plain(this.sortValue) : "n") + "\u0000" + this.key;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
		}

		private static String plain(Object value) {
			return (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
		}

		static Cursor decode(String encoded, Item sort) {
			try {
				String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
				if (sort == null) {
					if (!text.startsWith("k|")) {
						throw Problem.invalid("catalogue.cursor");
					}
					return new Cursor(text.substring(2), null);
				}
				int split = text.indexOf('\u0000');
				if (!text.startsWith("s|") || split < 3) {
					throw Problem.invalid("catalogue.cursor");
				}
				String value = text.substring(2, split);
				Object sortValue = value.equals("n") ? null : typed(value.substring(1), sort.dataType());
				return new Cursor(text.substring(split + 1), sortValue);
			}
			catch (IllegalArgumentException | DateTimeException ex) {
				// a value changed by hand: a date that does not parse is no cursor either
				throw Problem.invalid("catalogue.cursor");
			}
		}

		private static Object typed(String value, DataType type) {
			return switch (type) {
				case TEXT, CODE -> value;
				case INTEGER -> Long.valueOf(value);
				case DECIMAL -> new BigDecimal(value);
				case DATE -> LocalDate.parse(value);
				case BOOLEAN -> Boolean.valueOf(value);
			};
		}

		void appendCondition(Item sort, boolean descending, StringBuilder sql, List<Object> params) {
			if (sort == null) {
				sql.append(" AND _key > ?");
				params.add(this.key);
				return;
			}
			String column = sort.column();
			if (this.sortValue == null) {
				sql.append(" AND ").append(column).append(" IS NULL AND _key > ?");
				params.add(this.key);
				return;
			}
			sql.append(" AND (")
				.append(column)
				.append(descending ? " < ?" : " > ?")
				.append(" OR (")
				.append(column)
				.append(" = ? AND _key > ?) OR ")
				.append(column)
				.append(" IS NULL)");
			Object value = parameter(this.sortValue);
			params.add(value);
			params.add(value);
			params.add(this.key);
		}

	}

	// ---------------------------------------------------------------- writing

	/**
	 * A row to load: its key, unit, source line and values in the order of the resource's
	 * items.
	 */
	public record LoadRow(String key, long unitId, long line, Object[] values) {
	}

	/** A row that repeats a key an earlier row of the same batch already wrote. */
	public record Duplicate(long line, long firstLine, String key) {
	}

	/**
	 * Writes a chunk of rows for a batch, inside the caller's transaction: rows whose key
	 * the batch already wrote (earlier in the chunk or in an earlier chunk) are not
	 * written and come back as duplicates; every row a different batch wrote before is
	 * kept in the history table first.
	 * @param overwrites false when the caller knows that the table held no rows when the
	 * batch began and that no one else writes to it meanwhile: then no row of another
	 * batch can be overwritten and none is looked for
	 */
	public List<Duplicate> load(Resource resource, long batchId, List<LoadRow> chunk, boolean overwrites) {
		return load(prepare(resource, batchId, chunk), overwrites);
	}

	/**
	 * Opens the writing of one batch, inside the caller's transaction, which must last
	 * until {@link BatchWriter#finish} has returned. Into a table holding rows, every
	 * chunk is upserted by key and the rows of other batches it overwrites are kept for
	 * rollback. The first load of an empty table on PostgreSQL goes into a new table
	 * without indexes instead, whose keys are indexed once at the end and which then
	 * takes the empty table's place: building an index from sorted keys costs a fraction
	 * of updating one row by row. Other writers of the table wait until the batch ends;
	 * readers see the table as it was until then.
	 */
	public BatchWriter writer(Resource resource, long batchId) {
		lockAgainstWriters(resource);
		boolean overwrites = !isEmpty(resource);
		if (overwrites || !isPostgres()) {
			return (chunk) -> load(chunk, overwrites);
		}
		return new FirstLoad(resource, batchId);
	}

	/**
	 * Keeps other writers out of the resource's table until the caller's transaction
	 * ends, on PostgreSQL, waiting first for a batch writing to it. Taken before the rows
	 * are looked at by whoever will then change the table: a first load replaces the
	 * table at its end, which waits for every reader, so a transaction that read the
	 * table before waiting to change it would deadlock with the batch.
	 */
	public void lockAgainstWriters(Resource resource) {
		if (isPostgres()) {
			this.jdbc.execute("LOCK TABLE " + resource.relation() + " IN SHARE ROW EXCLUSIVE MODE");
		}
	}

	/** Writes the chunks of one batch; see {@link #writer}. */
	public interface BatchWriter {

		/**
		 * Writes a chunk.
		 * @return the rows not written because an earlier row of the batch has their key
		 */
		List<Duplicate> write(Prepared chunk);

		/**
		 * Completes the batch, telling the rows found only now to repeat the key of an
		 * earlier row; they are removed, and come in the order of their lines.
		 */
		default void finish(Consumer<Duplicate> repeated) {
		}

	}

	/**
	 * The first load of an empty table on PostgreSQL: chunks are copied into
	 * {@code ds_<id>_load}, which has no indexes; {@link #finish} adds the primary key,
	 * removing the rows whose key an earlier line had if that fails, indexes the units
	 * and puts the table in the empty one's place.
	 */
	private final class FirstLoad implements BatchWriter {

		private final Resource resource;

		private final String table;

		private final String load;

		private final String columns;

		FirstLoad(Resource resource, long batchId) {
			this.resource = resource;
			this.table = resource.relation();
			this.load = this.table + "_load";
			this.columns = columns(resource);
			ResourceTables.this.jdbc.execute("CREATE TABLE " + this.load + " (LIKE " + this.table + ")");
		}

		@Override
		public List<Duplicate> write(Prepared chunk) {
			if (chunk.copyText != null) {
				withConnection((connection) -> connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY " + this.load + " (" + this.columns + ") FROM STDIN (FORMAT csv, ENCODING 'UTF8')",
							new ByteArrayInputStream(chunk.copyText)));
			}
			return chunk.duplicates;
		}

		@Override
		public void finish(Consumer<Duplicate> repeated) {
			withConnection((connection) -> {
				try (Statement statement = connection.createStatement()) {
					String primaryKey = "ALTER TABLE " + this.load + " ADD CONSTRAINT " + this.load
							+ "_pkey PRIMARY KEY (_key)";
					Savepoint savepoint = connection.setSavepoint();
					try {
						statement.execute(primaryKey);
						connection.releaseSavepoint(savepoint);
					}
					catch (SQLException ex) {
						connection.rollback(savepoint);
						if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
							throw ex;
						}
						removeRepeated(connection, statement, repeated);
						statement.execute(primaryKey);
					}
					statement.execute("CREATE INDEX " + this.load + "_unit_ix ON " + this.load + " (_unit)");
					statement.execute("DROP TABLE " + this.table);
					statement.execute("ALTER TABLE " + this.load + " RENAME TO " + this.table);
					statement.execute("ALTER INDEX " + this.load + "_pkey RENAME TO " + this.table + "_pkey");
					statement.execute("ALTER INDEX " + this.load + "_unit_ix RENAME TO " + this.table + "_unit_ix");
				}
			});
		}

		/**
		 * Removes every row whose key a row of an earlier line has, telling each, in line
		 * order, without holding them all.
		 */
		private void removeRepeated(Connection connection, Statement statement, Consumer<Duplicate> repeated)
				throws SQLException {
			String repeats = "ld_" + this.resource.id() + "_repeats";
			statement.execute("CREATE TEMPORARY TABLE " + repeats + " ON COMMIT DROP AS SELECT l._line, f._first,"
					+ " l._key FROM " + this.load + " l JOIN (SELECT _key, MIN(_line) AS _first FROM " + this.load
					+ " GROUP BY _key HAVING COUNT(*) > 1) f ON f._key = l._key WHERE l._line > f._first");
			// by key and line: a damaged spreadsheet may number two rows alike
			statement.execute("DELETE FROM " + this.load + " l USING " + repeats
					+ " r WHERE l._key = r._key AND l._line = r._line");
			try (PreparedStatement select = connection
				.prepareStatement("SELECT _line, _first, _key FROM " + repeats + " ORDER BY _line")) {
				select.setFetchSize(1000);
				try (ResultSet rs = select.executeQuery()) {
					while (rs.next()) {
						repeated.accept(new Duplicate(rs.getLong(1), rs.getLong(2), rs.getString(3)));
					}
				}
			}
			statement.execute("DROP TABLE " + repeats);
		}

		private void withConnection(SqlWork work) {
			Connection connection = DataSourceUtils.getConnection(ResourceTables.this.dataSource);
			try {
				work.run(connection);
			}
			catch (SQLException | IOException ex) {
				throw new IllegalStateException("Loading rows into " + this.resource.identifier() + " failed", ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, ResourceTables.this.dataSource);
			}
		}

	}

	@FunctionalInterface
	private interface SqlWork {

		void run(Connection connection) throws SQLException, IOException;

	}

	/**
	 * Gets a chunk of rows ready to be written by {@link #load(Prepared, boolean)}: drops
	 * the keys repeated within the chunk and, on PostgreSQL, writes the rows out as the
	 * text COPY reads. Needs no transaction, so that a thread reading a file can prepare
	 * the next chunk while the one holding the transaction writes the last.
	 */
	public Prepared prepare(Resource resource, long batchId, List<LoadRow> chunk) {
		List<Duplicate> duplicates = new ArrayList<>();
		Map<String, LoadRow> unique = new LinkedHashMap<>();
		for (LoadRow row : chunk) {
			LoadRow first = unique.putIfAbsent(row.key(), row);
			if (first != null) {
				duplicates.add(new Duplicate(row.line(), first.line(), row.key()));
			}
		}
		byte[] copyText = (isPostgres() && !unique.isEmpty()) ? copyText(unique.values(), batchId) : null;
		return new Prepared(resource, batchId, unique, duplicates, copyText);
	}

	/**
	 * Writes a prepared chunk inside the caller's transaction, as
	 * {@link #load(Resource, long, List, boolean)} says.
	 */
	public List<Duplicate> load(Prepared chunk, boolean overwrites) {
		List<Duplicate> duplicates = new ArrayList<>(chunk.duplicates);
		if (chunk.unique.isEmpty()) {
			return duplicates;
		}
		if (chunk.copyText != null) {
			duplicates.addAll(loadPostgres(chunk.resource, chunk.batchId, new ArrayList<>(chunk.unique.values()),
					chunk.copyText, overwrites));
		}
		else {
			duplicates.addAll(loadPortable(chunk.resource, chunk.batchId, chunk.unique, overwrites));
		}
		return duplicates;
	}

	/** A chunk of rows ready to be written; see {@link #prepare}. */
	public static final class Prepared {

		private final Resource resource;

		private final long batchId;

		private final Map<String, LoadRow> unique;

		private final List<Duplicate> duplicates;

		private final byte[] copyText;

		private Prepared(Resource resource, long batchId, Map<String, LoadRow> unique, List<Duplicate> duplicates,
				byte[] copyText) {
			this.resource = resource;
			this.batchId = batchId;
			this.unique = unique;
			this.duplicates = duplicates;
			this.copyText = copyText;
		}

	}

	/**
	 * The rows as COPY's CSV format in UTF-8, columns in the order of {@link #columns}.
	 * Written byte by byte: the text of a million rows is the larger part of what an
	 * import computes.
	 */
	private static byte[] copyText(Collection<LoadRow> rows, long batchId) {
		CopyText text = new CopyText(rows.size() * 96);
		for (LoadRow row : rows) {
			text.value(row.key()).comma().number(row.unitId()).comma().number(batchId).comma().number(row.line());
			for (Object value : row.values()) {
				text.comma();
				if (value instanceof Long number) {
					text.number(number);
				}
				else if (value instanceof BigDecimal decimal) {
					text.value(decimal.toPlainString());
				}
				else if (value != null) {
					text.value(value.toString());
				}
			}
			text.endRow();
		}
		return text.bytes();
	}

	/**
	 * A growing buffer of COPY's CSV text: a value is quoted only when it holds a quote,
	 * comma or line break, or is empty (an empty unquoted value is NULL).
	 */
	private static final class CopyText {

		private byte[] bytes;

		private int length;

		CopyText(int capacity) {
			this.bytes = new byte[Math.max(capacity, 64)];
		}

		CopyText comma() {
			room(1);
			this.bytes[this.length++] = ',';
			return this;
		}

		void endRow() {
			room(1);
			this.bytes[this.length++] = '\n';
		}

		CopyText number(long value) {
			if (value == Long.MIN_VALUE) {
				return ascii(Long.toString(value));
			}
			room(20);
			long rest = value;
			if (rest < 0) {
				this.bytes[this.length++] = '-';
				rest = -rest;
			}
			int end = this.length + digits(rest);
			for (int at = end - 1; at >= this.length; at--) {
				this.bytes[at] = (byte) ('0' + rest % 10);
				rest /= 10;
			}
			this.length = end;
			return this;
		}

		private static int digits(long value) {
			int digits = 1;
			for (long limit = 10; digits < 19 && value >= limit; limit *= 10) {
				digits++;
			}
			return digits;
		}

		CopyText value(String value) {
			boolean quote = value.isEmpty();
			boolean ascii = true;
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '"' || c == ',' || c == '\n' || c == '\r') {
					quote = true;
				}
				else if (c >= 0x80) {
					ascii = false;
				}
			}
			if (!quote && ascii) {
				return ascii(value);
			}
			String text = quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
			byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
			room(encoded.length);
			System.arraycopy(encoded, 0, this.bytes, this.length, encoded.length);
			this.length += encoded.length;
			return this;
		}

		private CopyText ascii(String value) {
			room(value.length());
			for (int i = 0; i < value.length(); i++) {
				this.bytes[this.length++] = (byte) value.charAt(i);
			}
			return this;
		}

		private void room(int more) {
			if (this.length + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
			}
		}

		byte[] bytes() {
			return Arrays.copyOf(this.bytes, this.length);
		}

	}

	private List<Duplicate> loadPortable(Resource resource, long batchId, Map<String, LoadRow> unique,
			boolean overwrites) {
		String table = resource.relation();
		List<Duplicate> duplicates = new ArrayList<>();
		List<String> keys = new ArrayList<>(unique.keySet());
		for (List<String> part : partition(keys, 500)) {
			String in = String.join(", ", Collections.nCopies(part.size(), "?"));
			List<Object> params = new ArrayList<>();
			params.add(batchId);
			params.addAll(part);
			this.jdbc.query("SELECT _key, _line FROM " + table + " WHERE _batch = ? AND _key IN (" + in + ")",
					(ResultSet rs) -> {
						LoadRow row = unique.remove(rs.getString(1));
						duplicates.add(new Duplicate(row.line(), rs.getLong(2), row.key()));
					}, params.toArray());
		}
		if (unique.isEmpty()) {
			return duplicates;
		}
		String columns = columns(resource);
		keys = new ArrayList<>(unique.keySet());
		for (List<String> part : overwrites ? partition(keys, 500) : List.<List<String>>of()) {
			String in = String.join(", ", Collections.nCopies(part.size(), "?"));
			List<Object> params = new ArrayList<>();
			params.add(batchId);
			params.addAll(part);
			this.jdbc.update("INSERT INTO " + table + "_prev (" + columns + ", _superseded_by) SELECT " + columns
					+ ", ? FROM " + table + " WHERE _key IN (" + in + ")", params.toArray());
		}
		String placeholders = String.join(", ", Collections.nCopies(resource.items().size() + 4, "?"));
		List<LoadRow> rows = new ArrayList<>(unique.values());
		this.jdbc.batchUpdate("MERGE INTO " + table + " (" + columns + ") KEY (_key) VALUES (" + placeholders + ")",
				rows, 1000, (statement, row) -> bind(statement, row, batchId));
		return duplicates;
	}

	private static void bind(PreparedStatement statement, LoadRow row, long batchId) throws SQLException {
		statement.setString(1, row.key());
		statement.setLong(2, row.unitId());
		statement.setLong(3, batchId);
		statement.setLong(4, row.line());
		Object[] values = row.values();
		for (int i = 0; i < values.length; i++) {
			statement.setObject(5 + i, parameter(values[i]));
		}
	}

	private List<Duplicate> loadPostgres(Resource resource, long batchId, List<LoadRow> rows, byte[] text,
			boolean overwrites) {
		String table = resource.relation();
		String staging = "ld_" + resource.id();
		String columns = columns(resource);
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (Statement statement = connection.createStatement()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + staging + " (LIKE " + table
					+ " INCLUDING DEFAULTS) ON COMMIT DROP");
			statement.execute("TRUNCATE " + staging);
			copy.copyIn("COPY " + staging + " (" + columns + ") FROM STDIN (FORMAT csv, ENCODING 'UTF8')",
					new ByteArrayInputStream(text));
			// The previous version of every row another batch wrote is kept first. The
			// upsert then leaves alone the rows this batch wrote already (a key repeated
			// in an earlier chunk) and counts what it wrote: only when rows are missing
			// are the repeated keys looked up, as the rows of this batch with another
			// line. Rows go in key order, so that consecutive index steps touch
			// neighbouring pages.
			if (overwrites) {
				statement.execute("INSERT INTO " + table + "_prev (" + columns + ", _superseded_by) SELECT "
						+ prefixed("t", resource) + ", " + batchId + " FROM " + table + " t JOIN " + staging
						+ " s ON s._key = t._key WHERE t._batch IS DISTINCT FROM " + batchId);
			}
			StringBuilder update = new StringBuilder(
					"_unit = EXCLUDED._unit, _batch = EXCLUDED._batch, _line = EXCLUDED._line");
			for (Item item : resource.items()) {
				update.append(", ").append(item.column()).append(" = EXCLUDED.").append(item.column());
			}
			int written = statement.executeUpdate("INSERT INTO " + table + " AS t (" + columns + ") SELECT " + columns
					+ " FROM " + staging + " ORDER BY _key ON CONFLICT (_key) DO UPDATE SET " + update
					+ " WHERE t._batch IS DISTINCT FROM " + batchId);
			List<Duplicate> duplicates = new ArrayList<>();
			if (written < rows.size()) {
				Map<String, LoadRow> byKey = new HashMap<>();
				rows.forEach((row) -> byKey.put(row.key(), row));
				try (ResultSet rs = statement.executeQuery("SELECT s._key, t._line FROM " + staging + " s JOIN " + table
						+ " t ON t._key = s._key WHERE t._batch = " + batchId + " AND t._line <> s._line")) {
					while (rs.next()) {
						LoadRow row = byKey.get(rs.getString(1));
						duplicates.add(new Duplicate(row.line(), rs.getLong(2), row.key()));
					}
				}
			}
			return duplicates;
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Loading rows into " + resource.identifier() + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Undoes a batch: removes the rows it wrote and puts back the rows it overwrote.
	 * @return the number of rows removed
	 */
	public int rollback(Resource resource, long batchId) {
		String table = resource.relation();
		String columns = columns(resource);
		int removed = this.jdbc.update("DELETE FROM " + table + " WHERE _batch = ?", batchId);
		this.jdbc.update("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + table
				+ "_prev WHERE _superseded_by = ?", batchId);
		this.jdbc.update("DELETE FROM " + table + "_prev WHERE _superseded_by = ?", batchId);
		return removed;
	}

	private static String columns(Resource resource) {
		StringBuilder columns = new StringBuilder("_key, _unit, _batch, _line");
		for (Item item : resource.items()) {
			columns.append(", ").append(item.column());
		}
		return columns.toString();
	}

	private static String prefixed(String alias, Resource resource) {
		StringBuilder columns = new StringBuilder();
		for (String column : columns(resource).split(", ")) {
			columns.append((columns.length() > 0) ? ", " : "").append(alias).append('.').append(column);
		}
		return columns.toString();
	}

	private static <T> List<List<T>> partition(List<T> list, int size) {
		List<List<T>> parts = new ArrayList<>();
		for (int i = 0; i < list.size(); i += size) {
			parts.add(list.subList(i, Math.min(list.size(), i + size)));
		}
		return parts;
	}

	private boolean isPostgres() {
		Boolean known = this.postgres;
		if (known == null) {
			known = this.jdbc.execute((Connection connection) -> connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase()
				.contains("postgres"));
			this.postgres = known;
		}
		return known;
	}

}
