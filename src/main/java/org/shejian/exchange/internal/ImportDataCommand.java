package org.shejian.exchange.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.shejian.catalogue.Catalogue;
import org.shejian.exchange.Batch;
import org.shejian.exchange.ImportMode;
import org.shejian.exchange.Imports;
import org.shejian.organisation.Unit;
import org.shejian.organisation.Units;
import org.shejian.shared.Actor;
import org.shejian.shared.Command;
import org.shejian.shared.Problem;
import org.shejian.shared.Role;
import org.shejian.shared.geo.CoordinateSystem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code import-data --resource ID --file PATH [--mode all|valid] [--coordinates SYSTEM]}:
 * imports (the resource named by its identifier or, for the base-database definitions, by
 * its key such as {@code exchange.statistics}) a file into a stored resource from the
 * server's command line, as the platform itself (city scope), with the same checks, batch
 * and report as an upload.
 */
@Component
class ImportDataCommand implements Command {

	private final Imports imports;

	private final Catalogue catalogue;

	private final Units units;

	private final MessageSource messages;

	private final String cityCode;

	ImportDataCommand(Imports imports, Catalogue catalogue, Units units, MessageSource messages,
			@Value("${shejian.catalogue.provider-unit}") String cityCode) {
		this.imports = imports;
		this.catalogue = catalogue;
		this.units = units;
		this.messages = messages;
		this.cityCode = cityCode;
	}

	@Override
	public String name() {
		return "import-data";
	}

	@Override
	public String usage() {
		return "import-data --resource PROVIDER/SEQUENCE|KEY --file PATH [--mode all|valid] [--coordinates WGS-84|GCJ-02|BD-09]";
	}

	@Override
	public int run(List<String> arguments) {
		String misfit = Command.misfit(arguments, Set.of("--resource", "--file", "--mode", "--coordinates"));
		if (misfit != null) {
			System.err.println(misfit);
			System.err.println("usage: " + usage());
			return 64;
		}
		String resource = Command.option(arguments, "--resource");
		String file = Command.option(arguments, "--file");
		String mode = Command.option(arguments, "--mode");
		if (resource == null || file == null || (mode != null && !Set.of("all", "valid").contains(mode))) {
			System.err.println("usage: " + usage());
			return 64;
		}
		Path path = Path.of(file);
		if (!Files.isRegularFile(path)) {
			System.err.println("no such file: " + file);
			return 66;
		}
		Locale locale = LocaleContextHolder.getLocale();
		try {
			if (!resource.contains("/")) {
				String key = resource;
				resource = this.catalogue.findByKey(key)
					.orElseThrow(() -> Problem.notFound("catalogue.resource.notFound", key))
					.identifier();
			}
			String coordinates = Command.option(arguments, "--coordinates");
			Batch batch = this.imports.importFile(platform(), resource, path, path.getFileName().toString(),
					"valid".equals(mode) ? ImportMode.VALID_ROWS : ImportMode.ALL_OR_NOTHING,
					(coordinates != null) ? CoordinateSystem.parse(coordinates) : null, locale,
					(read, rejected) -> System.out.printf("%,d rows read, %,d rejected%n", read, rejected));
			System.out.printf("batch %d: %s, %,d rows read, %,d loaded, %,d rejected%n", batch.id(), batch.state(),
					batch.rowsRead(), batch.rowsLoaded(), batch.rowsRejected());
			if (batch.message() != null) {
				System.out.println(batch.message());
			}
			if (batch.rejectsFile() != null) {
				System.out.println("rejected rows: " + this.imports.rejects(platform(), batch.id()));
			}
			// 1 when nothing was loaded: a refused batch, or every row rejected
			return (batch.state() == Batch.State.LOADED && batch.rowsLoaded() > 0) ? 0 : 1;
		}
		catch (Problem problem) {
			System.err.println(problem.text(this.messages, locale));
			return 1;
		}
	}

	private Actor platform() {
		Unit city = this.units.find(this.cityCode).orElseThrow(() -> Problem.notFound("unit.notFound", this.cityCode));
		return new Actor() {

			@Override
			public long userId() {
				return 0;
			}

			@Override
			public String username() {
				return "command-line";
			}

			@Override
			public long unitId() {
				return city.id();
			}

			@Override
			public Set<Role> roles() {
				return Set.of(Role.CITY_ADMIN);
			}

		};
	}

}
