package org.shejian.organisation.divisions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.shejian.shared.Command;
import org.shejian.shared.Dates;
import org.shejian.shared.Problem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code import-divisions --province NN [--dir FOLDER] [--edition DATE]}: imports one
 * province from a folder of national division files, or from the shipped files when no
 * folder is given.
 */
@Component
class ImportDivisionsCommand implements Command {

	private final DivisionImporter importer;

	private final MessageSource messages;

	private final DivisionProperties properties;

	ImportDivisionsCommand(DivisionImporter importer, MessageSource messages, DivisionProperties properties) {
		this.importer = importer;
		this.messages = messages;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "import-divisions";
	}

	@Override
	public String usage() {
		return "import-divisions --province NN|all [--dir FOLDER --edition YYYY-MM-DD]";
	}

	@Override
	public int run(List<String> arguments) {
		String misfit = Command.misfit(arguments, Set.of("--province", "--dir", "--edition"));
		if (misfit != null) {
			System.err.println(misfit);
			System.err.println("usage: " + usage());
			return 64;
		}
		String province = Command.option(arguments, "--province");
		String dir = Command.option(arguments, "--dir");
		String edition = Command.option(arguments, "--edition");
		if (province == null || (dir != null && edition == null)) {
			System.err.println("usage: " + usage() + " (--edition is required with --dir)");
			return 64;
		}
		try {
			LocalDate date = (edition != null) ? Dates.parse(edition) : this.properties.shippedEdition();
			if (!"all".equals(province)) {
				DivisionFileSet files = (dir != null) ? DivisionFileSet.fromDirectory(Path.of(dir))
						: DivisionFileSet.shipped(province);
				importOne(files, province, date);
				return 0;
			}
			List<String> provinces = (dir != null) ? DivisionFileSet.fromDirectory(Path.of(dir)).provinces()
					: DivisionFileSet.shippedProvinces();
			importAll(provinces, dir, date);
			return 0;
		}
		catch (Problem problem) {
			System.err.println(text(problem));
			problem.details().forEach((detail) -> System.err.println("  " + text(detail)));
			return 1;
		}
	}

	private void importAll(List<String> provinces, String dir, LocalDate date) {
		long rows = 0;
		long millis = 0;
		for (String province : provinces) {
			DivisionFileSet files = (dir != null) ? DivisionFileSet.fromDirectory(Path.of(dir))
					: DivisionFileSet.shipped(province);
			ImportReport report = importOne(files, province, date);
			rows += report.rows();
			millis += report.took().toMillis();
		}
		System.out.printf("All %d provinces: %d rows in %d ms (%d rows/s)%n", provinces.size(), rows, millis,
				rows * 1000 / Math.max(1, millis));
	}

	private ImportReport importOne(DivisionFileSet files, String province, LocalDate date) {
		ImportReport report = this.importer.importProvince(files, province, date, "cli", ImportProgress.NONE);
		System.out.printf(
				"Imported province %s (edition %s): %d rows; added %d, renamed %d, moved %d, retired %d,"
						+ " restored %d, unchanged %d; %d ms (%d rows/s)%n",
				report.province(), report.edition(), report.rows(), report.added(), report.renamed(), report.moved(),
				report.retired(), report.restored(), report.unchanged(), report.took().toMillis(),
				report.rowsPerSecond());
		return report;
	}

	private String text(Problem problem) {
		return problem.text(this.messages, LocaleContextHolder.getLocale());
	}

}
