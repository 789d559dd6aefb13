package org.shejian.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.shejian.audit.AuditLog;
import org.shejian.map.internal.LayerRepository;
import org.shejian.shared.Actor;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's layers: read by anyone, added and renamed by city administrators.
 */
@Service
@Transactional
public class MapLayers {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	private final LayerRepository repository;

	private final AuditLog audit;

	MapLayers(LayerRepository repository, AuditLog audit) {
		this.repository = repository;
		this.audit = audit;
	}

	/**
	 * Every layer, ordered by position and code; parents before nothing in particular.
	 */
	@Transactional(readOnly = true)
	public List<Layer> all() {
		return this.repository.all();
	}

	/**
	 * @throws Problem (400) when no layer has the code
	 */
	@Transactional(readOnly = true)
	public Layer byCode(String code) {
		String compact = Text.compact(code);
		return this.repository.byCode((compact != null) ? compact : "")
			.orElseThrow(() -> Problem.invalid("map.layer.unknown", (compact != null) ? compact : ""));
	}

	/**
	 * The ids of the layer and of every layer below it.
	 * @throws Problem (400) when no layer has the code
	 */
	@Transactional(readOnly = true)
	public List<Long> withDescendants(String code) {
		Layer root = byCode(code);
		List<Layer> all = this.repository.all();
		List<Long> ids = new ArrayList<>(List.of(root.id()));
		for (int i = 0; i < ids.size(); i++) {
			long parent = ids.get(i);
			all.stream()
				.filter((layer) -> Long.valueOf(parent).equals(layer.parentId()))
				.forEach((l) -> ids.add(l.id()));
		}
		return ids;
	}

	public Layer add(Actor actor, LayerForm form) {
		requireCityAdmin(actor);
		String code = Text.compact(form.code());
		if (code == null || !CODE.matcher(code).matches()) {
			throw Problem.invalid("map.layer.codeInvalid", (code != null) ? code : "");
		}
		if (this.repository.byCode(code).isPresent()) {
			throw Problem.conflict("map.layer.exists", code);
		}
		Long parentId = Text.isBlank(form.parentCode()) ? null : byCode(form.parentCode()).id();
		Layer layer = new Layer(0, code, parentId, Text.title(form.nameZh(), 100), Text.name(form.nameEn(), 100),
				(form.sort() != null) ? form.sort() : 0, 0);

		long id = this.repository.insert(layer);
		Layer stored = this.repository.byId(id).orElseThrow();
		this.audit.record("map.layer.add", "map-layer:" + code, null, null, stored);
		return stored;
	}

	// Limitation: a layer can be added and renamed, not moved or removed, since entries
	// point at it (lifted by a merge that moves a layer's entries first).
	public Layer rename(Actor actor, long id, LayerForm form) {
		requireCityAdmin(actor);
		Layer before = this.repository.byId(id).orElseThrow(() -> Problem.notFound("map.layer.notFound", id));
		if (form.version() == null) {
			throw Problem.invalid("version.missing");
		}
		Layer renamed = new Layer(id, before.code(), before.parentId(), Text.title(form.nameZh(), 100),
				Text.name(form.nameEn(), 100), (form.sort() != null) ? form.sort() : before.sort(), form.version());

		if (!this.repository.rename(renamed)) {
			throw Problem.conflict("record.stale", "map-layer:" + before.code());
		}
		Layer after = this.repository.byId(id).orElseThrow();
		this.audit.record("map.layer.rename", "map-layer:" + before.code(), null, before, after);
		return after;
	}

	private static void requireCityAdmin(Actor actor) {
		if (!actor.has(Role.CITY_ADMIN)) {
			throw Problem.forbidden("role.missing");
		}
	}

	/**
	 * A layer as a form or a JSON body gives it; the code and parent are read only when
	 * it is added.
	 */
	public record LayerForm(String code, String parentCode, String nameZh, String nameEn, Integer sort,
			Integer version) {
	}

}
