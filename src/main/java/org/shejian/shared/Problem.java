package org.shejian.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A failure that is the caller's to fix, described by a message key (resolved in the
 * caller's language) and its arguments. Pages show it as a flash message, the API as an
 * RFC 9457 problem.
 */
public class Problem extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	private final transient List<Problem> details;

	public Problem(HttpStatus status, String messageKey, Object... arguments) {
		this(status, messageKey, List.of(), arguments);
	}

	public Problem(HttpStatus status, String messageKey, List<Problem> details, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = shown(arguments);
		this.details = List.copyOf(details);
	}

	/** The most characters of a value from outside a message repeats. */
	static final int SHOWN_LENGTH = 100;

	/**
	 * Values repeated in a message as a reader can take them: a long one cut after
	 * {@link #SHOWN_LENGTH} characters, invisible control characters written as U+XXXX.
	 */
	private static Object[] shown(Object[] arguments) {
		if (arguments == null) {
			return new Object[0];
		}
		Object[] shown = arguments.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] instanceof String text) {
				shown[i] = shown(text);
			}
		}
		return shown;
	}

	private static String shown(String text) {
		StringBuilder out = new StringBuilder();
		int count = 0;
		for (int offset = 0; offset < text.length();) {
			int c = text.codePointAt(offset);
			if (++count > SHOWN_LENGTH) {
				return out.append('…').toString();
			}
			if (Text.isInvisibleControl(c)) {
				out.append(String.format("U+%04X", c));
			}
			else {
				out.appendCodePoint(c);
			}
			offset += Character.charCount(c);
		}
		return out.toString();
	}

	public static Problem notFound(String messageKey, Object... arguments) {
		return new Problem(HttpStatus.NOT_FOUND, messageKey, arguments);
	}

	public static Problem invalid(String messageKey, Object... arguments) {
		return new Problem(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}

	public static Problem forbidden(String messageKey, Object... arguments) {
		return new Problem(HttpStatus.FORBIDDEN, messageKey, arguments);
	}

	public static Problem conflict(String messageKey, Object... arguments) {
		return new Problem(HttpStatus.CONFLICT, messageKey, arguments);
	}

	/**
	 * A problem found at a place in a file: its message reads "file, line N: " and then
	 * the problem's own.
	 */
	/**
	 * An argument shown as the message with this key (a state's or status's label, say),
	 * so that problems name things in the reader's language.
	 */
	public static MessageSourceResolvable label(String messageKey) {
		return new DefaultMessageSourceResolvable(new String[] { messageKey }, messageKey);
	}

	public static Problem located(String file, long line, Problem problem) {
		return new Problem(problem.status(), (line > 0) ? LOCATED : LOCATED_IN_FILE, List.of(problem), file, line);
	}

	/** The message key of {@link #located} with a line. */
	public static final String LOCATED = "problem.located";

	/** The message key of {@link #located} for a whole file (line 0). */
	public static final String LOCATED_IN_FILE = "problem.locatedInFile";

	/** Whether this problem only says where its one detail was found. */
	public boolean isLocated() {
		return LOCATED.equals(this.messageKey) || LOCATED_IN_FILE.equals(this.messageKey);
	}

	/**
	 * The problem's message in the given language (a located problem followed by its
	 * own).
	 */
	public String text(MessageSource messages, Locale locale) {
		String text = messages.getMessage(this.messageKey, this.arguments, this.messageKey, locale);
		return isLocated() ? text + this.details.get(0).text(messages, locale) : text;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * Returns the individual findings behind this problem (for example the first errors
	 * of a rejected import), possibly empty.
	 */
	public List<Problem> details() {
		return this.details;
	}

}
