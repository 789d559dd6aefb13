package org.shejian.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts and sign-in.
 *
 * @param maxFailures failed sign-ins in a row that lock an account
 * @param lockFor how long a lockout lasts
 * @param initialAdminPassword the first system administrator's password; generated and
 * logged once when empty
 * @param initialAdminUsername the first system administrator's name
 */
@ConfigurationProperties("shejian.accounts")
public record AccountProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor,
		String initialAdminPassword, @DefaultValue("sysadmin") String initialAdminUsername) {
}
