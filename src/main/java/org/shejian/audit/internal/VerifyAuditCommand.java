package org.shejian.audit.internal;

import java.util.List;
import java.util.Locale;

import org.shejian.audit.AuditTrail;
import org.shejian.audit.ChainVerification;
import org.shejian.shared.Command;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code verify-audit}: checks the hash chain of the audit log and names the first broken
 * link.
 */
@Component
class VerifyAuditCommand implements Command {

	private final AuditTrail trail;

	private final MessageSource messages;

	VerifyAuditCommand(AuditTrail trail, MessageSource messages) {
		this.trail = trail;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "verify-audit";
	}

	@Override
	public String usage() {
		return "verify-audit                     check the audit log's hash chain";
	}

	@Override
	public int run(List<String> arguments) {
		if (!arguments.isEmpty()) {
			System.err.println("verify-audit takes no arguments: " + String.join(" ", arguments));
			return 64;
		}
		ChainVerification result = this.trail.verify();
		if (result.intact()) {
			System.out.printf("Audit log intact: %d records, every link holds.%n", result.records());
			return 0;
		}
		String reason = this.messages.getMessage(result.reason(), new Object[] { result.firstBroken() },
				Locale.ENGLISH);
		System.out.printf("Audit log BROKEN at record %d: %s (%d records before it hold).%n", result.firstBroken(),
				reason, result.records());
		return 2;
	}

}
