package org.shejian.sites;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.shejian.sites.internal.SiteRepository;
import org.shejian.shared.StartupTask;

import org.springframework.stereotype.Component;

/**
 * The host names of live sites, held in memory so that serving a request by its
 * {@code Host} costs no query. Reloaded at start and whenever a site changes on this
 * node.
 * <p>
 * Limitation: another node learns of a changed host name only at its next start or its
 * own next site change (lifted by a change sequence in the database read per minute).
 */
@Component
public class SiteHosts extends StartupTask {

	private final SiteRepository repository;

	private volatile Map<String, String> codes = Map.of();

	SiteHosts(SiteRepository repository) {
		super(BEFORE_WEB_SERVER + 110);
		this.repository = repository;
	}

	@Override
	protected void run() {
		reload();
	}

	/** Reads the host names of live sites again. */
	public void reload() {
		Map<String, String> loaded = new HashMap<>();
		this.repository.inState(SiteState.LIVE, null)
			.stream()
			.filter((site) -> site.hostName() != null)
			.forEach((site) -> loaded.put(site.hostName(), site.code()));
		this.codes = Map.copyOf(loaded);
	}

	/** The code of the live site served at the host, empty when none. */
	public Optional<String> codeOf(String host) {
		return (host != null) ? Optional.ofNullable(this.codes.get(host.toLowerCase(java.util.Locale.ROOT)))
				: Optional.empty();
	}

}
