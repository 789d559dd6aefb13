package org.shejian.requests;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.shejian.audit.AuditLog;
import org.shejian.requests.internal.CategoryRepository;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request categories city administrators keep; the active ones are offered as
 * services, ahead of every other source.
 */
@Service
@Transactional
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestCategories implements RequestServiceSource {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final CategoryRepository repository;

	private final AuditLog audit;

	RequestCategories(CategoryRepository repository, AuditLog audit) {
		this.repository = repository;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<RequestCategory> categories() {
		return this.repository.all(false);
	}

	@Transactional(readOnly = true)
	public RequestCategory category(long id) {
		return this.repository.find(id).orElseThrow(() -> Problem.notFound("requests.category.notFound", id));
	}

	public RequestCategory add(Actor actor, CategoryForm form) {
		Open311Keys.requireCityAdmin(actor);
		String code = Text.compact(form.code());
		if (code == null || !CODE.matcher(code).matches()) {
			throw Problem.invalid("requests.category.code", (code != null) ? code : "");
		}
		if (this.repository.byCode(code).isPresent()) {
			throw Problem.conflict("requests.category.taken", code);
		}

		long id = this.repository.insert(form.toCategory(null, code, 0));

		RequestCategory stored = this.repository.find(id).orElseThrow();
		this.audit.record("requests.category.create", "request-category:" + id, actor.unitId(), null, stored);
		return stored;
	}

	public RequestCategory update(Actor actor, long id, CategoryForm form) {
		Open311Keys.requireCityAdmin(actor);
		RequestCategory before = category(id);
		if (form.version() == null) {
			throw Problem.invalid("version.missing");
		}

		if (!this.repository.update(form.toCategory(id, before.code(), form.version()))) {
			throw Problem.conflict("record.stale", "request-category:" + id);
		}

		RequestCategory after = category(id);
		this.audit.record("requests.category.update", "request-category:" + id, actor.unitId(), before, after);
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RequestService> services(Locale locale) {
		return this.repository.all(true).stream().map((category) -> service(category, locale)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RequestService> service(String code, Locale locale) {
		return this.repository.byCode(code)
			.filter(RequestCategory::active)
			.map((category) -> service(category, locale));
	}

	private static RequestService service(RequestCategory category, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return new RequestService(category.code(), english ? category.nameEn() : category.name(),
				category.description(), category.group(), "realtime", category.timeLimitDays(),
				List.of(category.name(), category.nameEn()), false, null);
	}

	/**
	 * A category as the console form or a JSON body gives it.
	 */
	public record CategoryForm(String code, String name, String nameEn, String description, String group,
			Integer timeLimitDays, Boolean active, Integer version) {

		RequestCategory toCategory(Long id, String code, int version) {
			if (this.timeLimitDays == null || this.timeLimitDays < 1 || this.timeLimitDays > 365) {
				throw Problem.invalid("requests.category.timeLimitInvalid", String.valueOf(this.timeLimitDays));
			}
			return new RequestCategory(id, code, Text.name(this.name, 100), Text.name(this.nameEn, 100),
					Text.prose(this.description, 1000), Text.name(this.group, 100), this.timeLimitDays,
					Boolean.TRUE.equals(this.active), version);
		}

	}

}
