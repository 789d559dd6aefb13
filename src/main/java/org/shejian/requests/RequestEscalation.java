package org.shejian.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.shejian.audit.AuditLog;
import org.shejian.organisation.Unit;
import org.shejian.requests.ServiceRequest.Level;
import org.shejian.requests.internal.RequestRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves late requests up: a community's to its street, a street's to its district, each
 * with a row in the history and a new deadline of the service's time limit from then. A
 * district's late request stays with the district, shown as late in its queue.
 */
@Component
public class RequestEscalation {

	private static final Logger logger = LoggerFactory.getLogger(RequestEscalation.class);

	private static final int BATCH = 200;

	private final RequestRepository repository;

	private final RequestRouting routing;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	RequestEscalation(RequestRepository repository, RequestRouting routing, AuditLog audit, Clock clock,
			TransactionTemplate transactions) {
		this.repository = repository;
		this.routing = routing;
		this.audit = audit;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "${shejian.requests.escalation-interval:15m}",
			fixedDelayString = "${shejian.requests.escalation-interval:15m}")
	void escalateLateRequests() {
		int moved = escalate(this.clock.instant());
		if (moved > 0) {
			logger.info("Escalated {} late requests", moved);
		}
	}

	/**
	 * Escalates every request late at {@code now}, one level per call, each in its own
	 * transaction.
	 * @return how many were moved
	 */
	public int escalate(Instant now) {
		int moved = 0;
		List<ServiceRequest> late;
		do {
			late = this.repository.overdue(now, BATCH);
			int before = moved;
			for (ServiceRequest request : late) {
				Boolean done = this.transactions.execute((status) -> escalate(request, now));
				moved += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			if (moved == before) {
				break;
			}
		}
		while (late.size() == BATCH);
		return moved;
	}

	private boolean escalate(ServiceRequest request, Instant now) {
		Unit above = this.routing.above(request.unitId()).orElse(null);
		if (above == null) {
			return false;
		}
		Level level = RequestRouting.level(above);
		Instant due = now.plus(Duration.ofDays(this.repository.timeLimitDays(request.id())));
		if (!this.repository.moveTo(request.id(), request.unitId(), above.id(), level, due, now)) {
			return false;
		}
		this.repository.insertEvent(request.id(), now, "ESCALATED", request.status(), above.id(), "system", null);
		this.audit.record("requests.escalate", "request:" + request.id(), above.id(), request,
				this.repository.find(request.id()).orElseThrow());
		return true;
	}

}
