package org.shejian.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message exists in both languages, once, and every message key the code names in a
 * problem is there.
 */
class MessagesTests {

	private static final Path CHINESE = Path.of("src/main/resources/messages.properties");

	private static final Path ENGLISH = Path.of("src/main/resources/messages_en.properties");

	private static final Pattern PROBLEM = Pattern.compile(
			"(?:Problem\\.(?:invalid|notFound|forbidden|conflict)\\(|new Problem\\(HttpStatus\\.\\w+, )\"([a-zA-Z0-9.]+)\"\\s*[,)]");

	@Test
	void bothLanguagesHaveTheSameKeysEachOnce() throws IOException {
		List<String> chinese = keys(CHINESE);
		List<String> english = keys(ENGLISH);
		assertThat(duplicates(chinese)).as("duplicate keys in messages.properties").isEmpty();
		assertThat(duplicates(english)).as("duplicate keys in messages_en.properties").isEmpty();
		assertThat(new TreeSet<>(chinese)).isEqualTo(new TreeSet<>(english));
	}

	@Test
	void everyKeyAProblemNamesExists() throws IOException {
		Set<String> known = new TreeSet<>(keys(CHINESE));
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = PROBLEM.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " in " + file.getFileName());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<String> keys(Path file) throws IOException {
		List<String> keys = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
				keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
			}
		}
		return keys;
	}

	private static Set<String> duplicates(List<String> keys) {
		Set<String> seen = new TreeSet<>();
		Set<String> duplicates = new TreeSet<>();
		for (String key : keys) {
			if (!seen.add(key)) {
				duplicates.add(key);
			}
		}
		return duplicates;
	}

}
