package org.shejian.shared.search;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Hands out the platform's full-text indexes by owner name ({@code map}, {@code sites});
 * the first request for a name creates its empty index, later ones get the same. Closes
 * them all when the application stops.
 */
@Component
public class TextIndexes implements DisposableBean {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

	private final Map<String, TextIndex> indexes = new ConcurrentHashMap<>();

	private final Clock clock;

	public TextIndexes(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The index of this owner.
	 * @param name lower-case letters, digits and hyphens, starting with a letter
	 */
	public TextIndex get(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not an index name: " + name);
		}
		return this.indexes.computeIfAbsent(name, (key) -> new TextIndex(key, this.clock));
	}

	@Override
	public void destroy() {
		this.indexes.values().forEach(TextIndex::close);
		this.indexes.clear();
	}

}
