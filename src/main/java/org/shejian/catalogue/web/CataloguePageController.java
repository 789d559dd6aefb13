package org.shejian.catalogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Category;
import org.shejian.catalogue.Group;
import org.shejian.catalogue.Resource;
import org.shejian.shared.Problem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public catalogue: published resources searched by text and filtered by category and
 * grouping, and each resource's published metadata. Working copies never show here.
 */
@Controller
class CataloguePageController {

	private final Catalogue catalogue;

	CataloguePageController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/catalogue")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String group, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("group", group);
		model.addAttribute("resources", this.catalogue.search(q, category, group));
		model.addAttribute("categories", this.catalogue.categories());
		addGroups(model);
		return "catalogue/list";
	}

	@GetMapping("/catalogue/resources/{provider}/{sequence}")
	String resource(@PathVariable String provider, @PathVariable String sequence, Model model) {
		String identifier = provider + "/" + sequence;
		Resource resource = this.catalogue.published(identifier)
			.orElseThrow(() -> Problem.notFound("catalogue.resource.notFound", identifier));

		model.addAttribute("resource", resource);
		model.addAttribute("categoryPath", path(resource.category()));
		model.addAttribute("related", related(resource));
		model.addAttribute("versions", this.catalogue.versions(resource));
		addGroups(model);
		return "catalogue/resource";
	}

	private void addGroups(Model model) {
		List<Group> groups = this.catalogue.groups();
		Map<String, Group> byCode = new LinkedHashMap<>();
		groups.forEach((g) -> byCode.put(g.code(), g));
		model.addAttribute("networks", groups.stream().filter((g) -> g.kind() == Group.Kind.NETWORK).toList());
		model.addAttribute("databases", groups.stream().filter((g) -> g.kind() == Group.Kind.DATABASE).toList());
		model.addAttribute("groupsByCode", byCode);
	}

	/** The category and the categories above it, from the top. */
	private List<Category> path(Category category) {
		List<Category> all = this.catalogue.categories();
		List<Category> path = new ArrayList<>();
		Category current = category;
		while (current != null) {
			path.add(0, current);
			Long parent = current.parentId();
			current = (parent != null) ? all.stream().filter((c) -> c.id() == parent).findFirst().orElse(null) : null;
		}
		return path;
	}

	/** Related resources by identifier, with the published ones' names. */
	private Map<String, Optional<Resource>> related(Resource resource) {
		Map<String, Optional<Resource>> related = new LinkedHashMap<>();
		resource.related().forEach((identifier) -> related.put(identifier, this.catalogue.published(identifier)));
		return related;
	}

}
