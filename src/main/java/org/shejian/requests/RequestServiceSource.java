package org.shejian.requests;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Offers services residents may send requests about. Every bean of this type is merged
 * with the others; when two offer the same code, the first in bean order wins.
 */
public interface RequestServiceSource {

	/** The services on offer now, named in the given language. */
	List<RequestService> services(Locale locale);

	/** The service with the code when it is on offer now, named in the given language. */
	Optional<RequestService> service(String code, Locale locale);

}
