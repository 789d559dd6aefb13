package org.shejian.exchange;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Item;
import org.shejian.catalogue.Resource;
import org.shejian.organisation.Page;
import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.shared.Problem;
import org.shejian.shared.geo.Coordinates;
import org.shejian.shared.geo.CoordinateSystem;
import org.shejian.shared.geo.GeoPoint;
import org.shejian.shared.tabular.RowsWriter;
import org.shejian.standards.CodeList;
import org.shejian.standards.DataElement;
import org.shejian.standards.Standards;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The files people fill in: for every stored resource an XLSX template (a data sheet with
 * the item headings, and an instructions sheet naming each item's data element, type,
 * format, whether it is required and its codes), and for the base-database definitions a
 * sample file on the real units of the city.
 */
@Service
public class Templates {

	private final Catalogue catalogue;

	private final Standards standards;

	private final Units units;

	private final MessageSource messages;

	Templates(Catalogue catalogue, Standards standards, Units units, MessageSource messages) {
		this.catalogue = catalogue;
		this.standards = standards;
		this.units = units;
		this.messages = messages;
	}

	/** The template of a stored resource, as XLSX. */
	public byte[] template(String identifier, Locale locale) {
		Resource resource = storedResource(identifier);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (RowsWriter writer = RowsWriter.xlsx(out)) {
			writer.sheet(text("exchange.template.data", locale), resource.items().stream().map(Item::title).toList());
			writer.sheet(text("exchange.template.instructions", locale),
					List.of(text("exchange.template.heading", locale), text("exchange.template.name", locale),
							text("exchange.template.element", locale), text("exchange.template.type", locale),
							text("exchange.template.format", locale), text("exchange.template.required", locale),
							text("exchange.template.values", locale)));
			for (Item item : resource.items()) {
				DataElement element = this.standards.element(item.element());
				String values = element.definition();
				if (element.codeListIdentifier() != null) {
					CodeList list = this.standards.codeList(element.codeListIdentifier());
					values = list.currentValues()
						.stream()
						.map((value) -> value.code() + " " + value.name())
						.collect(Collectors.joining("；"));
				}
				boolean key = resource.keyItems().contains(item.name());
				writer.row(item.title(), item.name(), element.identifier() + " " + element.name(),
						element.dataType().name(), element.format().notation(),
						text(item.required() ? (key ? "exchange.template.key" : "exchange.template.yes")
								: "exchange.template.no", locale),
						values);
			}
			writer.row();
			writer.row(text("exchange.template.note", locale, String.join("、", resource.keyItems())));
			writer.finish();
		}
		return out.toByteArray();
	}

	/** A sample CSV for a base-database definition, on the city's real units. */
	public String sample(String identifier) {
		Resource resource = storedResource(identifier);
		String key = (resource.platformKey() != null) ? resource.platformKey() : "";
		List<Unit> communities = communities(12);
		StringBuilder csv = new StringBuilder();
		csv.append(resource.items().stream().map(Item::title).collect(Collectors.joining(","))).append("\r\n");
		int n = 0;
		for (Unit unit : communities) {
			n++;
			List<String> row = new ArrayList<>();
			switch (key) {
				case "exchange.statistics" -> {
					row.add(unit.code());
					row.add("2023");
					row.add(String.valueOf(3000 + n * 417 % 2900));
					row.add(String.valueOf(2500 + n * 311 % 2100));
					row.add(String.valueOf(300 + n * 97 % 700));
					row.add(String.valueOf(1100 + n * 173 % 900));
					row.add(new BigDecimal(n * 37 % 90 + 15).movePointLeft(2).toPlainString());
					row.add(new BigDecimal(n * 7919 % 50000 + 10000).movePointLeft(2).toPlainString());
				}
				case "exchange.population" -> {
					row.add(unit.code());
					row.add("2023");
					row.add(String.valueOf(3000 + n * 417 % 2900));
					row.add(String.valueOf(2500 + n * 311 % 2100));
					row.add(String.valueOf(300 + n * 97 % 700));
					row.add(String.valueOf(1100 + n * 173 % 900));
				}
				case "exchange.coordinates" -> {
					GeoPoint wgs = new GeoPoint(39.90 + n * 0.003, 116.40 + n * 0.002);
					GeoPoint gcj = Coordinates.fromWgs84(wgs, CoordinateSystem.GCJ02);
					row.add("CWH-" + unit.code());
					row.add(unit.shortName() + "社区居委会办公地点");
					row.add(unit.code());
					row.add(String.format(Locale.ROOT, "%.7f", gcj.lng()));
					row.add(String.format(Locale.ROOT, "%.7f", gcj.lat()));
				}
				case "exchange.organisation-codes" -> {
					if (n > SAMPLE_CREDIT_CODES.size()) {
						continue;
					}
					row.add(SAMPLE_CREDIT_CODES.get(n - 1));
					row.add("");
					row.add(unit.shortName() + "社区社会组织联合会");
					row.add(unit.code());
					row.add("2012-05-30");
				}
				default -> throw Problem.notFound("exchange.sample.none", identifier);
			}
			csv.append(String.join(",", row)).append("\r\n");
		}
		return csv.toString();
	}

	/** Well-formed credit codes (their check characters hold) for samples. */
	private static final List<String> SAMPLE_CREDIT_CODES = List.of("91110000600037341L", "121200004013590816",
			"91152201078377449P", "91310115MA1K3BTP2B", "9144030071526726XG");

	private List<Unit> communities(int count) {
		List<Unit> found = new ArrayList<>();
		for (Unit district : this.units.roots().isEmpty() ? List.<Unit>of()
				: firstChildren(this.units.roots().get(0))) {
			for (Unit street : firstChildren(district)) {
				for (Unit community : firstChildren(street)) {
					found.add(community);
					if (found.size() == count) {
						return found;
					}
				}
			}
		}
		return found;
	}

	private List<Unit> firstChildren(Unit unit) {
		Page<Unit> page = this.units.children(unit, 0, 20, false);
		return page.items();
	}

	private Resource storedResource(String identifier) {
		Resource resource = this.catalogue.find(identifier)
			.orElseThrow(() -> Problem.notFound("catalogue.resource.notFound", identifier));
		if (resource.sourceKind() != Resource.SourceKind.STORED) {
			throw Problem.invalid("exchange.notStored", identifier);
		}
		return resource;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
