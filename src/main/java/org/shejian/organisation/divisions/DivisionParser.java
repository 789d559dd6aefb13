package org.shejian.organisation.divisions;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.shejian.organisation.UnitCode;
import org.shejian.organisation.UnitKind;
import org.shejian.organisation.UnitLevel;
import org.shejian.organisation.divisions.DivisionEdition.Entry;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * Reads one province out of a set of national division files and checks every row of it:
 * codes (Excel notation, full-width digits, length, segment ranges), the agreement of a
 * code with its parent columns, duplicates and missing parents. Nothing is returned
 * unless every row is right.
 */
final class DivisionParser {

	/** Prefecture rows that group counties but are not units people see. */
	static final Set<String> GROUPING_PREFECTURES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

	private static final Map<String, String> HEADER_ALIASES = headerAliases();

	private static final Set<String> URBAN_RURAL_CLASSES = Set.of("111", "112", "121", "122", "123", "210", "220");

	private final String province;

	private final ImportErrors errors = new ImportErrors();

	private final Map<String, Entry> units = new LinkedHashMap<>();

	private final Map<String, Long> firstLine = new HashMap<>();

	private final Set<String> groupingPrefectures = new HashSet<>();

	private final Map<String, Entry> standIns = new HashMap<>();

	private final List<String> encodings = new ArrayList<>();

	private DivisionParser(String province) {
		this.province = province;
	}

	/**
	 * @throws Problem (400) listing the first errors with file and line when any row is
	 * wrong
	 */
	static DivisionEdition parse(DivisionFileSet files, String province) {
		DivisionParser parser = new DivisionParser(province);
		parser.readAll(files);
		parser.errors.throwIfAny();
		if (parser.units.isEmpty()) {
			throw Problem.invalid("import.province.absent", province);
		}
		return new DivisionEdition(province, List.copyOf(parser.units.values()), List.copyOf(parser.encodings));
	}

	private void readAll(DivisionFileSet files) {
		for (String name : DivisionFileSet.REQUIRED) {
			if (files.file(name).isEmpty()) {
				this.errors.add(name, 0, "import.file.missing", name);
			}
		}
		if (!this.errors.isEmpty()) {
			return;
		}
		read("provinces.csv", files.file("provinces.csv").get(), this::province, "code", "name");
		read("cities.csv", files.file("cities.csv").get(), this::prefecture, "code", "name", "provincecode");
		read("areas.csv", files.file("areas.csv").get(), this::county, "code", "name", "citycode");
		read("streets.csv", files.file("streets.csv").get(), this::township, "code", "name", "areacode");
		files.villages(this.province)
			.ifPresent((village) -> read(village.getKey(), village.getValue(), this::village, "code", "name",
					"streetcode"));
	}

	private void read(String file, byte[] bytes, Consumer<Row> handler, String... required) {
		if (bytes.length == 0) {
			this.errors.add(file, 0, "import.file.empty", file);
			return;
		}
		FileDecoder.Decoded decoded;
		try {
			decoded = FileDecoder.decode(file, bytes);
		}
		catch (Problem problem) {
			this.errors.add(file, 0, problem);
			return;
		}
		this.encodings.add(file + ": " + decoded.encoding());
		String text = decoded.text();
		if (!text.endsWith("\n") && text.indexOf('\n') >= 0) {
			this.errors.add(file, text.lines().count(), "import.file.unterminated");
			return;
		}
		parseRows(file, text, handler, required);
	}

	private void parseRows(String file, String text, Consumer<Row> handler, String... required) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.setTrim(true)
			.get();
		long line = 1;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<String, Integer> columns = columns(file, parser.getHeaderNames(), required);
			if (columns == null) {
				return;
			}
			for (CSVRecord record : parser) {
				line = parser.getCurrentLineNumber();
				if (record.size() != parser.getHeaderNames().size()) {
					this.errors.add(file, line, "import.row.columns", record.size(), parser.getHeaderNames().size());
					continue;
				}
				Row row = new Row(file, line, record, columns);
				if (row.belongsTo(this.province)) {
					handler.accept(row);
				}
			}
		}
		catch (UncheckedIOException | IOException | IllegalStateException | IllegalArgumentException ex) {
			this.errors.add(file, line + 1, "import.file.broken");
		}
	}

	private Map<String, Integer> columns(String file, List<String> headers, String... required) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			String canonical = HEADER_ALIASES.get(headerKey(headers.get(i)));
			if (canonical != null) {
				columns.putIfAbsent(canonical, i);
			}
		}
		for (String column : required) {
			if (!columns.containsKey(column)) {
				this.errors.add(file, 1, "import.header.missing", column, String.join(", ", headers));
				return null;
			}
		}
		return columns;
	}

	private static String headerKey(String header) {
		return Text.compact(header).replace("_", "").toLowerCase(Locale.ROOT);
	}

	private void province(Row row) {
		UnitCode code = row.code(UnitLevel.PROVINCIAL);
		if (code != null) {
			add(row, new Entry(code, row.name(), UnitKind.PROVINCE, null, 0, null));
		}
	}

	private void prefecture(Row row) {
		UnitCode code = row.code(UnitLevel.PREFECTURAL);
		if (code == null || !row.agrees(code, "provincecode", 2) || !row.segmentNotZero(code, 2, 4)) {
			return;
		}
		Entry root = this.units.get(code.prefix(2));
		if (root == null) {
			row.error("import.parent.missing", code, code.prefix(2));
			return;
		}
		if (GROUPING_PREFECTURES.contains(row.name())) {
			this.groupingPrefectures.add(code.code());
			if ("市辖区".equals(row.name())) {
				this.units.put(root.code().code(),
						new Entry(root.code(), root.name(), UnitKind.MUNICIPALITY, null, 0, null));
			}
			markSeen(row, code);
			return;
		}
		add(row, new Entry(code, row.name(), UnitKind.PREFECTURE, root.code(), 1, null));
	}

	private void county(Row row) {
		UnitCode code = row.code(UnitLevel.COUNTY);
		if (code == null || !row.agrees(code, "citycode", 4) || !row.agrees(code, "provincecode", 2)) {
			return;
		}
		String prefecture = code.prefix(4);
		if (code.segment(4, 6) == 0) {
			standIn(row, code, prefecture);
			return;
		}
		Entry parent = this.groupingPrefectures.contains(prefecture) ? this.units.get(code.prefix(2))
				: this.units.get(prefecture);
		if (parent == null) {
			row.error("import.parent.missing", code, prefecture);
			return;
		}
		add(row, new Entry(code, row.name(), UnitKind.ofCountyName(row.name()), parent.code(), parent.depth() + 1,
				null));
	}

	/**
	 * A row whose own segment is all zeros stands for the unit above it: 441900 东莞市 for a
	 * prefecture city without counties, 350527000 金门县 for a county without townships. It
	 * is not a unit of its own; what lies below it hangs from the unit it stands for.
	 */
	private void standIn(Row row, UnitCode code, String standsFor) {
		Entry parent = this.units.get(standsFor);
		if (parent == null) {
			row.error("import.parent.missing", code, standsFor);
			return;
		}
		if (markSeen(row, code)) {
			this.standIns.put(code.code(), parent);
		}
	}

	private void township(Row row) {
		UnitCode code = row.code(UnitLevel.TOWNSHIP);
		if (code == null || !row.agrees(code, "areacode", 6) || !row.agrees(code, "citycode", 4)
				|| !row.agrees(code, "provincecode", 2)) {
			return;
		}
		if (code.segment(6, 9) == 0) {
			standIn(row, code, code.prefix(6));
			return;
		}
		UnitKind kind = UnitKind.ofTownshipSegment(code.segment(6, 9));
		if (kind == null) {
			row.error("import.segment.range", code, code.code().substring(6, 9), "001–599");
			return;
		}
		addChild(row, code, kind, code.prefix(6));
	}

	private void village(Row row) {
		UnitCode code = row.code(UnitLevel.VILLAGE);
		if (code == null || !row.agrees(code, "streetcode", 9) || !row.agrees(code, "areacode", 6)
				|| !row.agrees(code, "citycode", 4) || !row.agrees(code, "provincecode", 2)) {
			return;
		}
		UnitKind kind = UnitKind.ofVillageSegment(code.segment(9, 12));
		if (kind == null) {
			row.error("import.segment.range", code, code.code().substring(9, 12), "001–599");
			return;
		}
		addChild(row, code, kind, code.prefix(9));
	}

	private void addChild(Row row, UnitCode code, UnitKind kind, String parentCode) {
		Entry parent = this.units.getOrDefault(parentCode, this.standIns.get(parentCode));
		if (parent == null) {
			row.error("import.parent.missing", code, parentCode);
			return;
		}
		add(row, new Entry(code, row.name(), kind, parent.code(), parent.depth() + 1, row.urbanRuralClass()));
	}

	private void add(Row row, Entry entry) {
		try {
			Text.name(entry.name(), 200);
		}
		catch (Problem problem) {
			this.errors.add(row.file(), row.line(), problem);
			return;
		}
		if (markSeen(row, entry.code())) {
			this.units.put(entry.code().code(), entry);
		}
	}

	private boolean markSeen(Row row, UnitCode code) {
		Long earlier = this.firstLine.putIfAbsent(code.code(), row.line());
		if (earlier != null) {
			row.error("import.code.duplicate", code, earlier);
			return false;
		}
		return true;
	}

	private static Map<String, String> headerAliases() {
		Map<String, String> aliases = new HashMap<>();
		alias(aliases, "code", "code", "代码", "区划代码", "统计用区划代码");
		alias(aliases, "name", "name", "名称", "区划名称");
		alias(aliases, "provincecode", "provincecode", "省代码", "省级代码");
		alias(aliases, "citycode", "citycode", "市代码", "地级代码");
		alias(aliases, "areacode", "areacode", "县代码", "区县代码", "县级代码");
		alias(aliases, "streetcode", "streetcode", "乡代码", "街道代码", "乡级代码");
		alias(aliases, "urbanrural", "urbanruralcode", "urbanruralclass", "城乡分类代码", "城乡分类");
		return Map.copyOf(aliases);
	}

	private static void alias(Map<String, String> aliases, String canonical, String... names) {
		for (String name : names) {
			aliases.put(name, canonical);
		}
	}

	/**
	 * One data row of a file.
	 */
	private final class Row {

		private final String file;

		private final long line;

		private final CSVRecord record;

		private final Map<String, Integer> columns;

		Row(String file, long line, CSVRecord record, Map<String, Integer> columns) {
			this.file = file;
			this.line = line;
			this.record = record;
			this.columns = columns;
		}

		long line() {
			return this.line;
		}

		String file() {
			return this.file;
		}

		String value(String column) {
			Integer index = this.columns.get(column);
			return (index != null) ? Text.normalise(this.record.get(index)) : null;
		}

		String name() {
			String name = value("name");
			return (name != null) ? name : "";
		}

		boolean belongsTo(String province) {
			String code = Text.compact(value("code"));
			String provinceColumn = Text.compact(value("provincecode"));
			return (code != null && code.startsWith(province)) || province.equals(provinceColumn);
		}

		UnitCode code(UnitLevel level) {
			try {
				UnitCode code = UnitCode.parse(value("code"));
				String written = Text.compact(value("code"));
				if (code.level() != level && written.length() == level.codeLength()) {
					error("import.segment.range", written, written.substring(code.code().length()), "001–599");
					return null;
				}
				if (code.level() != level) {
					error("import.code.level", code, code.level().codeLength(), level.codeLength());
					return null;
				}
				return code;
			}
			catch (Problem problem) {
				DivisionParser.this.errors.add(this.file, this.line, problem);
				return null;
			}
		}

		boolean agrees(UnitCode code, String column, int length) {
			String written = value(column);
			if (written == null) {
				return true;
			}
			try {
				UnitCode parent = UnitCode.parse(written);
				if (parent.code().equals(code.prefix(length))) {
					return true;
				}
			}
			catch (Problem ignored) {
				// reported below as a disagreement naming the written value
			}
			error("import.code.contradicts", code, column, written, code.prefix(length));
			return false;
		}

		boolean segmentNotZero(UnitCode code, int from, int to) {
			if (code.segment(from, to) != 0) {
				return true;
			}
			error("import.segment.range", code, code.code().substring(from, to), "01–99");
			return false;
		}

		String urbanRuralClass() {
			String value = Text.compact(value("urbanrural"));
			if (value == null || value.isEmpty()) {
				return null;
			}
			if (!URBAN_RURAL_CLASSES.contains(value)) {
				error("import.urbanRural.unknown", value);
				return null;
			}
			return value;
		}

		void error(String messageKey, Object... arguments) {
			DivisionParser.this.errors.add(this.file, this.line, messageKey, arguments);
		}

	}

}
