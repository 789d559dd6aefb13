package org.shejian.organisation.divisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

import org.springframework.core.io.ClassPathResource;

/**
 * The files of one edition of the national division codes: {@code provinces.csv},
 * {@code cities.csv}, {@code areas.csv}, {@code streets.csv} and, where the village level
 * is present, {@code villages-NN.csv} (or {@code villages.csv}). The contents are held as
 * bytes so that decoding sees the whole stream.
 */
public final class DivisionFileSet {

	/** The files that every edition must have. */
	static final String[] REQUIRED = { "provinces.csv", "cities.csv", "areas.csv", "streets.csv" };

	/** Where the files shipped with the platform lie on the class path. */
	static final String SHIPPED = "divisions/";

	private final Map<String, byte[]> files;

	private final String source;

	private DivisionFileSet(Map<String, byte[]> files, String source) {
		this.files = files;
		this.source = source;
	}

	/**
	 * A file set from uploaded or otherwise given contents, keyed by file name.
	 */
	public static DivisionFileSet of(Map<String, byte[]> files, String source) {
		Map<String, byte[]> byName = new LinkedHashMap<>();
		files.forEach((name, bytes) -> byName.put(fileName(name), bytes));
		return new DivisionFileSet(byName, source);
	}

	/**
	 * The CSV files of a folder.
	 * @throws Problem (400) when the folder cannot be read
	 */
	public static DivisionFileSet fromDirectory(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw Problem.invalid("import.folder.missing", directory.toString());
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.list(directory)) {
			for (Path path : paths.filter((p) -> fileName(p.toString()).endsWith(".csv")).toList()) {
				files.put(fileName(path.getFileName().toString()), Files.readAllBytes(path));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new DivisionFileSet(files, directory.toString());
	}

	/**
	 * The files shipped inside the platform (all of China to township level, Beijing to
	 * village level, edition 2023).
	 */
	public static DivisionFileSet shipped(String province) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : REQUIRED) {
			files.put(name, onlyProvince(read(SHIPPED + name).orElseThrow(), province));
		}
		read(SHIPPED + "villages-" + province + ".csv").ifPresent((bytes) -> files.put(villageFile(province), bytes));
		return new DivisionFileSet(files, "classpath:" + SHIPPED);
	}

	/**
	 * The header and the rows of one province of a shipped national file. The shipped
	 * files are known to be clean UTF-8 with codes first on each line, so a start-up need
	 * not parse the rows of thirty other provinces; files from outside are always read
	 * whole.
	 */
	private static byte[] onlyProvince(byte[] national, String province) {
		String text = new String(national, StandardCharsets.UTF_8);
		StringBuilder kept = new StringBuilder(text.length() / 16);
		text.lines()
			.filter((line) -> kept.length() == 0 || line.startsWith(province))
			.forEach((line) -> kept.append(line).append('\n'));
		return kept.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static Optional<byte[]> read(String location) {
		ClassPathResource resource = new ClassPathResource(location);
		if (!resource.exists()) {
			return Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fileName(String name) {
		String base = name.replace('\\', '/');
		return base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
	}

	static String villageFile(String province) {
		return "villages-" + province + ".csv";
	}

	Optional<byte[]> file(String name) {
		return Optional.ofNullable(this.files.get(name));
	}

	/**
	 * The village file for a province: {@code villages-NN.csv}, else
	 * {@code villages.csv}.
	 */
	Optional<Map.Entry<String, byte[]>> villages(String province) {
		for (String name : new String[] { villageFile(province), "villages.csv" }) {
			if (this.files.containsKey(name)) {
				return Optional.of(Map.entry(name, this.files.get(name)));
			}
		}
		return Optional.empty();
	}

	/**
	 * The province codes of the shipped national files.
	 */
	public static List<String> shippedProvinces() {
		return new DivisionFileSet(Map.of("provinces.csv", read(SHIPPED + "provinces.csv").orElseThrow()), "shipped")
			.provinces();
	}

	/**
	 * The province codes that {@code provinces.csv} lists, in file order.
	 * @throws Problem (400) when the file is missing or undecodable
	 */
	public List<String> provinces() {
		byte[] bytes = file("provinces.csv").orElseThrow(() -> Problem.invalid("import.file.missing", "provinces.csv"));
		return FileDecoder.decode("provinces.csv", bytes)
			.text()
			.lines()
			.skip(1)
			.map((line) -> Text.compact(line.split(",", 2)[0]))
			.filter((code) -> code.matches("\\d{2}"))
			.toList();
	}

	public String source() {
		return this.source;
	}

}
