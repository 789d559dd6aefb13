package org.shejian;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands run without the web server, against the database the settings name.
 */
class CommandLineTests {

	@TempDir
	Path data;

	@Test
	void importsAProvinceThenVerifiesTheAuditLog() throws Exception {
		String url = "jdbc:h2:file:" + this.data.resolve("cli").toAbsolutePath();
		System.setProperty("spring.datasource.url", url);
		try {
			Output imported = run("import-divisions", "--province", "12", "--edition", "2024年6月30日");
			Output verified = run("verify-audit");
			Output again = run("import-divisions", "--province", "12", "--edition", "2024-06-30");
			Output reset = run("reset-password", "sysadmin");
			Output unknown = run("reset-password", "nobody");

			assertThat(imported.code()).isZero();
			assertThat(imported.text()).contains("Imported province 12 (edition 2024-06-30)", "retired 0");
			assertThat(verified.code()).isZero();
			assertThat(verified.text()).contains("Audit log intact");
			assertThat(again.text()).contains("added 0", "renamed 0");
			assertThat(reset.code()).isZero();
			assertThat(reset.text()).contains("Password of sysadmin reset. One-time password: ");
			assertThat(unknown.code()).isEqualTo(1);
		}
		finally {
			System.clearProperty("spring.datasource.url");
		}
	}

	@Test
	void importsADataFileIntoABaseDatabaseResource() throws Exception {
		System.setProperty("spring.datasource.url", "jdbc:h2:file:" + this.data.resolve("data").toAbsolutePath());
		System.setProperty("shejian.data-dir", this.data.toAbsolutePath().toString());
		Path file = this.data.resolve("统计.csv");
		Files.writeString(file, "单位代码,年度,常住人口\n110101001001,2023,5120\n110101001002,2023,3990\n",
				Charset.forName("GBK"));
		Path bad = this.data.resolve("bad.csv");
		Files.writeString(bad, "单位代码,年度,常住人口\n110101001001,2023,many\n");
		try {
			assertThat(run("import-divisions", "--province", "11").code()).isZero();
			Output loaded = run("import-data", "--resource", "exchange.statistics", "--file", file.toString());
			Output again = run("import-data", "--resource", "exchange.statistics", "--file", file.toString());
			Output refused = run("import-data", "--resource", "exchange.statistics", "--file", bad.toString());
			Output usage = run("import-data", "--file", file.toString());

			assertThat(loaded.code()).as(loaded.text()).isZero();
			assertThat(loaded.text()).contains("LOADED", "2 loaded");
			assertThat(again.text()).contains("2 loaded");
			assertThat(refused.code()).isEqualTo(1);
			assertThat(refused.text()).contains("REFUSED", "rejected rows: ");
			assertThat(usage.code()).isEqualTo(64);
			for (List<String> mistyped : List.of(
					List.of("import-data", "--resource", "exchange.statistics", "--file", file.toString(), "--bogus",
							"x"),
					List.of("import-data", "--resource", "exchange.statistics", "--file", file.toString(), "--file",
							file.toString()),
					List.of("import-data", "--resource", "exchange.statistics", "--file"),
					List.of("import-data", "--resource", "--file", file.toString()), List.of("verify-audit", "--bogus"),
					List.of("import-divisions", "--province", "11", "--edtion", "2024-06-30"))) {
				Output refusedUsage = run(mistyped.toArray(String[]::new));
				assertThat(refusedUsage.code()).as(String.join(" ", mistyped)).isEqualTo(64);
				assertThat(refusedUsage.text()).as(String.join(" ", mistyped))
					.containsAnyOf("usage: ", "takes no arguments");
			}
			// In valid-rows mode a file of rejected rows only loads nothing: a failure.
			Output nothing = run("import-data", "--resource", "exchange.statistics", "--file", bad.toString(), "--mode",
					"valid");
			assertThat(nothing.text()).contains("0 loaded", "1 rejected");
			assertThat(nothing.code()).isEqualTo(1);
		}
		finally {
			System.clearProperty("spring.datasource.url");
			System.clearProperty("shejian.data-dir");
		}
	}

	@Test
	void importsEveryProvinceInOneRun() throws Exception {
		System.setProperty("spring.datasource.url", "jdbc:h2:file:" + this.data.resolve("all").toAbsolutePath());
		try {
			Output output = run("import-divisions", "--province", "all", "--edition", "2023-06-30");

			assertThat(output.code()).as(output.text()).isZero();
			assertThat(output.text()).contains("Imported province 65 (edition 2023-06-30)",
					"All 31 provinces: 52225 rows");
		}
		finally {
			System.clearProperty("spring.datasource.url");
		}
	}

	@Test
	void reportsTheFirstErrorsOfABrokenFolderAndExitsNonZero() throws Exception {
		System.setProperty("spring.datasource.url", "jdbc:h2:file:" + this.data.resolve("cli2").toAbsolutePath());
		Path folder = Files.createDirectories(this.data.resolve("files"));
		Files.writeString(folder.resolve("provinces.csv"), "code,name\n11,\"北京市\"\n");
		Files.writeString(folder.resolve("cities.csv"), "code,name,provinceCode\n1101,\"市辖区\",11\n");
		Files.writeString(folder.resolve("areas.csv"), "code,name,cityCode,provinceCode\n1.10101E+5,\"东城区\",1101,11\n");
		Files.writeString(folder.resolve("streets.csv"), "code,name,areaCode,provinceCode,cityCode\n");
		try {
			Output output = run("import-divisions", "--province", "11", "--dir", folder.toString(), "--edition",
					"2024-06-30");
			Output undated = run("import-divisions", "--province", "11", "--dir", folder.toString());

			assertThat(undated.code()).isEqualTo(64);
			assertThat(output.code()).isEqualTo(1);
			assertThat(output.text()).contains("areas.csv", "1.10101E+5");
		}
		finally {
			System.clearProperty("spring.datasource.url");
		}
	}

	@Test
	void anUnknownCommandIsRefusedWithTheListInsteadOfStartingTheServer() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		try {
			assertThat(dispatch(out, err, "improt-data", "--file", "x.csv")).isEqualTo(64);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no command named \"improt-data\"",
					"import-divisions", "verify-audit", "reset-password", "import-data");
			assertThat(dispatch(out, err, "--help")).isZero();
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar shejian.jar");
			Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
			ByteArrayOutputStream chinese = new ByteArrayOutputStream();
			assertThat(dispatch(chinese, chinese, "-h")).isZero();
			assertThat(chinese.toString(StandardCharsets.UTF_8)).contains("用法", "导入国家区划代码文件");
		}
		finally {
			Locale.setDefault(before);
		}
		assertThat(dispatch(out, err)).as("no argument: the server").isNull();
		assertThat(dispatch(out, err, "--server.port=9090")).as("settings: the server").isNull();
		assertThat(dispatch(out, err, "--server.port=9090", "--debug")).as("settings: the server").isNull();
		for (String typo : List.of("--HELP", "--verify-audit", "-help", "--help=1", "=x")) {
			assertThat(dispatch(out, err, typo)).as(typo).isIn(0, 64);
		}
		assertThat(dispatch(out, err, "--server.port=9090", "verify-audit")).as("a setting then a word").isEqualTo(64);
	}

	@Test
	void aDatabaseHeldByTheServerIsToldApartFromOtherFailures() {
		SQLException locked = new SQLException("Database may be already in use", "90020", 90020);
		assertThat(ShejianApplication.databaseInUse(new IllegalStateException("start", new RuntimeException(locked))))
			.isTrue();
		assertThat(ShejianApplication
			.databaseInUse(new IllegalStateException("start", new SQLException("x", "42000", 42000)))).isFalse();
		assertThat(ShejianApplication.databaseInUse(new IllegalStateException("no cause"))).isFalse();
	}

	private static Integer dispatch(ByteArrayOutputStream out, ByteArrayOutputStream err, String... arguments) {
		return ShejianApplication.dispatch(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static Output run(String... arguments) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
		try {
			List<String> rest = List.of(arguments).subList(1, arguments.length);
			int code = ShejianApplication.runCommand(arguments[0], rest);
			return new Output(code, captured.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private record Output(int code, String text) {
	}

}
