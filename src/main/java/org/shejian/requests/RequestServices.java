package org.shejian.requests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.shejian.shared.Problem;
import org.shejian.shared.Text;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Every service residents may send requests about: the city's categories first, then what
 * the other sources offer; a code offered twice counts once, from the first source.
 */
@Service
public class RequestServices {

	private final ObjectProvider<RequestServiceSource> sources;

	RequestServices(ObjectProvider<RequestServiceSource> sources) {
		this.sources = sources;
	}

	public List<RequestService> services(Locale locale) {
		Set<String> seen = new LinkedHashSet<>();
		List<RequestService> services = new ArrayList<>();
		this.sources.orderedStream()
			.flatMap((source) -> source.services(locale).stream())
			.filter((service) -> seen.add(service.code()))
			.forEach(services::add);
		return services;
	}

	public Optional<RequestService> find(String code, Locale locale) {
		String compact = Text.compact(code);
		if (compact == null || compact.isEmpty() || compact.length() > 40) {
			return Optional.empty();
		}
		return this.sources.orderedStream()
			.map((source) -> source.service(compact, locale))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/**
	 * @throws Problem (400) when no code is given, (404) when no source offers it
	 */
	public RequestService get(String code, Locale locale) {
		if (Text.isBlank(code)) {
			throw Problem.invalid("requests.service.missing");
		}
		return find(code, locale).orElseThrow(() -> Problem.notFound("requests.service.unknown", Text.compact(code)));
	}

}
