package org.shejian.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them: {@code 2012-05-30}, {@code 2012/5/30}, {@code 2012.5.30}
 * and {@code 2012年5月30日}. Impossible dates such as 30 February are refused, never rolled
 * over.
 */
public final class Dates {

	/** Where the platform's people and reports live. Instants are stored in UTC. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");

	private Dates() {
	}

	/**
	 * Parses a date written in one of the accepted forms.
	 * @throws Problem (400) naming the value when it is not a date or not a possible one
	 */
	public static LocalDate parse(String value) {
		String text = Text.normalise(value);
		if (text == null || text.isEmpty()) {
			throw Problem.invalid("date.missing");
		}
		Matcher matcher = DATE.matcher(text);
		if (!matcher.matches()) {
			throw Problem.invalid("date.unreadable", text);
		}
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}
		catch (DateTimeException ex) {
			throw Problem.invalid("date.impossible", text);
		}
	}

	/**
	 * Today in Asia/Shanghai.
	 */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
