package org.shejian.appraisal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The gateway used when no other is configured: it writes the message to the log, with
 * the number masked. For development only; {@link Voters} warns at start-up when it is
 * the one in use.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LogSmsGateway implements SmsGateway {

	private static final Logger logger = LoggerFactory.getLogger(LogSmsGateway.class);

	@Override
	public void send(String phone, String message) {
		logger.info("SMS to {} (not sent, no gateway configured): {}", PhoneNumbers.masked(phone), message);
	}

}
