package org.shejian.requests;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.shejian.audit.AuditLog;
import org.shejian.organisation.Unit;
import org.shejian.organisation.UnitCode;
import org.shejian.organisation.UnitScope;
import org.shejian.organisation.Units;
import org.shejian.requests.ServiceRequest.Status;
import org.shejian.requests.internal.RequestRepository;
import org.shejian.requests.internal.RequestRepository.NewRequest;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;
import org.shejian.shared.geo.GeoPoint;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' requests: sent by anybody, routed to a unit, answered and closed by the
 * staff whose scope holds them. What the public sees carries no personal data.
 * <p>
 * Limitation: time limits count calendar days, not working days (lifted by a calendar of
 * working days and public holidays, which the platform does not keep yet).
 */
@Service
@Transactional
public class Requests {

	/** The largest page of a staff queue. */
	public static final int MAX_PAGE_SIZE = 200;

	/**
	 * The longest channel: {@code open311:} and an application's name of up to 100
	 * characters.
	 */
	static final int MAX_CHANNEL = 120;

	private final RequestRepository repository;

	private final RequestServices services;

	private final RequestRouting routing;

	private final Units units;

	private final UnitScope scope;

	private final AuditLog audit;

	private final Clock clock;

	private final RequestsProperties properties;

	private final SecureRandom random = new SecureRandom();

	Requests(RequestRepository repository, RequestServices services, RequestRouting routing, Units units,
			UnitScope scope, AuditLog audit, Clock clock, RequestsProperties properties) {
		this.repository = repository;
		this.services = services;
		this.routing = routing;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Checks, routes and stores a request. Identical requests are each stored: a request
	 * is not a vote.
	 * @param channel {@code web} or the Open311 application's name
	 * @throws Problem (400) naming the first rule the form breaks, (404) for an unknown
	 * service
	 */
	public Submitted submit(RequestForm form, String channel, Locale locale) {
		RequestService service = this.services.get(form.serviceCode(), locale);
		String description = RequestInput.description(form.description());
		GeoPoint point = RequestInput.point(form.lat(), form.lng());
		String address = RequestInput.optional(form.addressString(), 300);
		String addressId = RequestInput.optional(form.addressId(), 40);
		if (point == null && address == null && addressId == null) {
			throw Problem.invalid("requests.location.missing");
		}
		RequestContact contact = new RequestContact(RequestInput.optional(form.firstName(), 100),
				RequestInput.optional(form.lastName(), 100), RequestInput.email(form.email()),
				RequestInput.phone(form.phone()), Text.name(channel, MAX_CHANNEL));
		String mediaUrl = RequestInput.mediaUrl(form.mediaUrl());
		Unit unit = this.routing.route(addressId, service, point);

		Instant now = this.clock.instant();
		int days = Math.max(1, service.timeLimitDays());
		ServiceRequest request = new ServiceRequest(0, service.code(), service.name(), description,
				(point != null) ? point.lat() : null, (point != null) ? point.lng() : null, address, addressId,
				mediaUrl, unit.id(), RequestRouting.level(unit), Status.OPEN, null, now, now,
				now.plus(Duration.ofDays(days)));
		String token = token();
		long id = this.repository.insert(new NewRequest(request, contact, token, days));
		this.repository.insertEvent(id, now, "SUBMITTED", Status.OPEN, unit.id(), contact.channel(), null);

		ServiceRequest stored = this.repository.find(id).orElseThrow();
		this.audit.record("requests.submit", "request:" + id, unit.id(), null, stored);
		return new Submitted(stored, token);
	}

	/**
	 * A request as the public sees it.
	 * @throws Problem (404) when there is none with the number
	 */
	@Transactional(readOnly = true)
	public ServiceRequest request(long id) {
		return this.repository.find(id).orElseThrow(() -> Problem.notFound("requests.notFound", id));
	}

	/** The request's history as the public sees it: no names of who acted. */
	@Transactional(readOnly = true)
	public List<RequestEvent> publicHistory(long id) {
		return this.repository.events(id)
			.stream()
			.map((e) -> new RequestEvent(e.at(), e.action(), e.status(), e.unitId(), null, e.note()))
			.toList();
	}

	/**
	 * The number of the request a token was given for.
	 * @throws Problem (404) when the token is unknown
	 */
	@Transactional(readOnly = true)
	public long idByToken(String token) {
		String compact = Text.compact(token);
		Optional<Long> id = (compact != null && compact.length() <= 40) ? this.repository.idByToken(compact)
				: Optional.empty();
		return id.orElseThrow(() -> Problem.notFound("requests.token.unknown", compact));
	}

	/**
	 * The public search of Open311: by numbers (every other filter then ignored), or by
	 * services, states and a span of request times of at most
	 * {@link RequestsProperties#maxDays()} days (the last that many days when no span is
	 * given), newest first, at most {@link RequestsProperties#maxResults()} requests.
	 * @throws Problem (400) for a span that is reversed or too long, or too many numbers
	 */
	@Transactional(readOnly = true)
	public List<ServiceRequest> search(List<Long> ids, List<String> serviceCodes, Instant start, Instant end,
			Set<String> statuses) {
		int max = this.properties.maxResults();
		if (ids.size() > max) {
			throw Problem.invalid("requests.search.tooManyIds", max);
		}
		Duration window = Duration.ofDays(this.properties.maxDays());
		Instant to = (end != null) ? end : ((start != null) ? start.plus(window) : this.clock.instant());
		Instant from = (start != null) ? start : to.minus(window);
		if (from.isAfter(to)) {
			throw Problem.invalid("requests.search.reversed");
		}
		if (Duration.between(from, to).compareTo(window) > 0) {
			throw Problem.invalid("requests.search.range", this.properties.maxDays());
		}
		return this.repository.search(new RequestQuery(ids, serviceCodes, from, to, statuses), max);
	}

	/**
	 * The requests held within the actor's scope, those due first first.
	 * @param status {@code null} for all
	 */
	@Transactional(readOnly = true)
	public List<ServiceRequest> queue(Actor actor, Status status, int page, int size) {
		requireStaff(actor);
		if (page < 0 || page > 100_000) {
			throw Problem.invalid("paging.page", page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw Problem.invalid("paging.size", size, MAX_PAGE_SIZE);
		}
		return this.repository.queue(this.units.subtreeCondition("r.unit_id", actor.unitId()), status, page * size,
				size);
	}

	/**
	 * A request with the resident's contact and the whole history, for the staff whose
	 * scope holds it.
	 * @throws Problem (403) outside the actor's scope
	 */
	@Transactional(readOnly = true)
	public StaffView staffView(Actor actor, long id) {
		ServiceRequest request = held(actor, id);
		return new StaffView(request, this.repository.contact(id).orElseThrow(), this.repository.events(id));
	}

	/** Answers the resident; the request stays open until closed. */
	public ServiceRequest answer(Actor actor, long id, String note) {
		return change(actor, id, Status.ANSWERED, "ANSWERED", note);
	}

	/** Closes the request with a note the resident sees. */
	public ServiceRequest close(Actor actor, long id, String note) {
		return change(actor, id, Status.CLOSED, "CLOSED", note);
	}

	private ServiceRequest change(Actor actor, long id, Status status, String action, String note) {
		ServiceRequest before = held(actor, id);
		String text = RequestInput.description(note);
		if (before.status() == Status.CLOSED) {
			throw Problem.conflict("requests.closed", id);
		}

		Instant now = this.clock.instant();
		if (!this.repository.changeStatus(id, status, text, now)) {
			throw Problem.conflict("requests.closed", id);
		}
		this.repository.insertEvent(id, now, action, status, before.unitId(), actor.username(), text);

		ServiceRequest after = request(id);
		this.audit.record("requests." + action.toLowerCase(Locale.ROOT), "request:" + id, after.unitId(), before,
				after);
		return after;
	}

	private ServiceRequest held(Actor actor, long id) {
		requireStaff(actor);
		ServiceRequest request = request(id);
		if (!this.scope.covers(actor, request.unitId())) {
			throw Problem.forbidden("scope.outside", UnitCode.ofId(request.unitId()).code());
		}
		return request;
	}

	private static void requireStaff(Actor actor) {
		if (actor.roles().stream().noneMatch(Role.ORGANISATION_EDITORS::contains)) {
			throw Problem.forbidden("role.missing");
		}
	}

	private String token() {
		byte[] bytes = new byte[18];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A request just stored and the token Open311 returns with it.
	 */
	public record Submitted(ServiceRequest request, String token) {
	}

	/**
	 * What staff see of a request they hold.
	 */
	public record StaffView(ServiceRequest request, RequestContact contact, List<RequestEvent> events) {
	}

}
