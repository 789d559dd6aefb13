package org.shejian.sites;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Checks one external link: HEAD, then GET when the server refuses HEAD, with short
 * timeouts, following at most three redirects by hand so that every hop passes the
 * address policy. Only http and https to public addresses are asked: loopback (unless
 * allowed, for tests), private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local,
 * unspecified and multicast addresses are refused before any request is made.
 */
final class LinkProbe {

	private static final int MAX_REDIRECTS = 3;

	private final HttpClient client;

	private final Duration timeout;

	private final boolean allowLoopback;

	LinkProbe(Duration timeout, boolean allowLoopback) {
		this.timeout = timeout;
		this.allowLoopback = allowLoopback;
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The outcome of a check: {@code status} is the last HTTP status, 0 when none came.
	 */
	record Result(LinkOutcome outcome, int status) {
	}

	Result check(String url) {
		URI uri;
		try {
			uri = URI.create(url.trim());
		}
		catch (IllegalArgumentException malformed) {
			return new Result(LinkOutcome.MALFORMED, 0);
		}
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			if (!allowed(uri)) {
				return new Result(LinkOutcome.REFUSED, 0);
			}
			Answer answer = ask(uri);
			int status = answer.status();
			if (status < 0) {
				return new Result(LinkOutcome.UNREACHABLE, 0);
			}
			if (status < 300 || status >= 400) {
				return new Result((status < 400) ? LinkOutcome.OK : LinkOutcome.BROKEN, status);
			}
			if (answer.location() == null) {
				return new Result(LinkOutcome.BROKEN, status);
			}
			try {
				uri = uri.resolve(answer.location());
			}
			catch (IllegalArgumentException malformed) {
				return new Result(LinkOutcome.BROKEN, status);
			}
		}
		return new Result(LinkOutcome.BROKEN, 0);
	}

	private record Answer(int status, String location) {
	}

	/**
	 * The answer to HEAD, or to GET when HEAD is refused; status -1 when nothing
	 * answered.
	 */
	private Answer ask(URI uri) {
		try {
			Answer answer = send(uri, "HEAD");
			return (answer.status() == 405 || answer.status() == 501 || answer.status() == 403) ? send(uri, "GET")
					: answer;
		}
		catch (IOException | IllegalArgumentException failed) {
			return new Answer(-1, null);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return new Answer(-1, null);
		}
	}

	/**
	 * Sends the request and closes the body unread: only the status and headers count.
	 */
	private Answer send(URI uri, String method) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("User-Agent", "Shejian link checker")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		response.body().close();
		return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null));
	}

	/**
	 * Whether the URL may be asked: http or https, and every address of its host public.
	 */
	boolean allowed(URI uri) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
			return false;
		}
		try {
			InetAddress[] addresses = InetAddress.getAllByName(uri.getHost());
			for (InetAddress address : addresses) {
				if (!allowed(address)) {
					return false;
				}
			}
			return addresses.length > 0;
		}
		catch (UnknownHostException unknown) {
			return true;
		}
	}

	boolean allowed(InetAddress address) {
		if (address.isLoopbackAddress()) {
			return this.allowLoopback;
		}
		if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		// fc00::/7, unique local IPv6, which isSiteLocalAddress does not cover
		return !(bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc);
	}

}
