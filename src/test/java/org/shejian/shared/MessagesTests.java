package org.shejian.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message exists in both languages, once; every message key the code names in a
 * problem is there; every message a template names is there and gets its arguments.
 */
class MessagesTests {

	private static final Path CHINESE = Path.of("src/main/resources/messages.properties");

	private static final Path ENGLISH = Path.of("src/main/resources/messages_en.properties");

	private static final Pattern PROBLEM = Pattern.compile(
			"(?:Problem\\.(?:invalid|notFound|forbidden|conflict)\\(|new Problem\\(HttpStatus\\.\\w+, )\"([a-zA-Z0-9.]+)\"\\s*[,)]");

	private static final Pattern TEMPLATE_MESSAGE = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)(\\()?");

	private static final Pattern FOR_SCRIPT = Pattern.compile("data-msg-[a-z-]+=$");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

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

	@Test
	void everyMessageATemplateNamesExistsAndGetsTheArgumentsItTakes() throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(CHINESE, StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		Set<String> wrong = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				String template = Files.readString(file, StandardCharsets.UTF_8);
				Matcher matcher = TEMPLATE_MESSAGE.matcher(template);
				while (matcher.find()) {
					// A message handed to a script in a data attribute keeps its {0}: the
					// script fills it.
					boolean forScript = FOR_SCRIPT.matcher(template.substring(0, matcher.start())).find();
					String key = matcher.group(1);
					String message = messages.getProperty(key);
					if (message == null) {
						wrong.add(key + " in " + file.getFileName() + ": no such message");
					}
					else if (matcher.group(2) == null && !forScript && ARGUMENT.matcher(message).find()) {
						wrong.add(key + " in " + file.getFileName() + ": takes arguments, none given");
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
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
