package org.shejian.appraisal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the messages sent in memory, so that tests can read the codes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TestSmsGateway implements SmsGateway {

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private final Map<String, List<String>> sent = new ConcurrentHashMap<>();

	@Override
	public void send(String phone, String message) {
		this.sent.computeIfAbsent(phone, (p) -> new CopyOnWriteArrayList<>()).add(message);
	}

	List<String> sentTo(String phone) {
		return this.sent.getOrDefault(phone, List.of());
	}

	public String lastCode(String phone) {
		List<String> messages = sentTo(phone);
		Matcher matcher = CODE.matcher(messages.get(messages.size() - 1));
		if (!matcher.find()) {
			throw new IllegalStateException("no code sent to " + phone);
		}
		return matcher.group();
	}

}
