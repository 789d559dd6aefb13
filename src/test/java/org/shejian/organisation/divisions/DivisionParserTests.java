package org.shejian.organisation.divisions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shejian.organisation.UnitKind;
import org.shejian.organisation.divisions.DivisionEdition.Entry;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading division files as government offices send them, and refusing them whole when a
 * row is wrong.
 */
class DivisionParserTests {

	private static final Charset GBK = Charset.forName("GBK");

	@Test
	void readsTheTreeWithTheMunicipalityAsRoot() {
		DivisionEdition edition = DivisionParser.parse(DivisionFiles.beijing().toSet(), "11");

		assertThat(edition.units()).extracting((e) -> e.code().code())
			.containsExactly("11", "110101", "110102", "110101001", "110102001", "110101001001", "110101001002",
					"110102001201");
		Entry root = edition.units().get(0);
		assertThat(root.kind()).isEqualTo(UnitKind.MUNICIPALITY);
		assertThat(root.parent()).isNull();
		Entry district = edition.units().get(1);
		assertThat(district.parent().code()).isEqualTo("11");
		assertThat(district.depth()).isEqualTo(1);
		assertThat(edition.units().get(7).kind()).isEqualTo(UnitKind.VILLAGE);
		assertThat(edition.units().get(5).kind()).isEqualTo(UnitKind.COMMUNITY);
	}

	@Test
	void readsGbkFilesJudgedOverTheWholeStream() {
		StringBuilder streets = new StringBuilder("code,name,areaCode,provinceCode,cityCode\n");
		for (int i = 1; i <= 99; i++) {
			streets.append(String.format("1101010%02d,Street %d,110101,11,1101%n", i, i));
		}
		streets.append("110102001,\"西长安街街道\",110102,11,1101\n");

		DivisionEdition edition = DivisionParser
			.parse(DivisionFiles.beijing().put("streets.csv", streets.toString(), GBK).toSet(), "11");

		assertThat(edition.encodings()).contains("streets.csv: GB18030");
		assertThat(edition.units()).anySatisfy((e) -> assertThat(e.name()).isEqualTo("西长安街街道"));
	}

	@Test
	void hangsTownshipsOfAPrefectureWithoutCountiesFromThePrefecture() {
		DivisionFiles files = DivisionFiles.beijing()
			.put("provinces.csv", "code,name\n44,\"广东省\"\n")
			.put("cities.csv", "code,name,provinceCode\n4419,\"东莞市\",44\n")
			.put("areas.csv", "code,name,cityCode,provinceCode\n441900,\"东莞市\",4419,44\n")
			.put("streets.csv", "code,name,areaCode,provinceCode,cityCode\n441900003,\"东城街道\",441900,44,4419\n")
			.remove("villages-11.csv");

		DivisionEdition edition = DivisionParser.parse(files.toSet(), "44");

		assertThat(edition.units()).extracting((e) -> e.code().code()).containsExactly("44", "4419", "441900003");
		assertThat(edition.units().get(2).parent().code()).isEqualTo("4419");
		assertThat(edition.units().get(2).depth()).isEqualTo(2);
	}

	@Test
	void readsUtf8WithByteOrderMark() {
		byte[] text = DivisionFiles.AREAS.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);

		DivisionEdition edition = DivisionParser.parse(DivisionFiles.beijing().put("areas.csv", withBom).toSet(), "11");

		assertThat(edition.encodings()).contains("areas.csv: UTF-8 (BOM)");
		assertThat(edition.units()).anySatisfy((e) -> assertThat(e.name()).isEqualTo("东城区"));
	}

	@Test
	void mapsChineseHeadersInAnyOrder() {
		String areas = "名称,省代码,代码,市代码\n\"东城区\",11,110101,1101\n\"西城区\",11,110102,1101\n";

		DivisionEdition edition = DivisionParser.parse(DivisionFiles.beijing().put("areas.csv", areas).toSet(), "11");

		assertThat(edition.units()).extracting((e) -> e.code().code()).contains("110101", "110102");
	}

	@Test
	void acceptsFullWidthDigitsInCodes() {
		String areas = DivisionFiles.AREAS.replace("110101,\"东城区\"", "１１０１０１,\"东城区\"");

		DivisionEdition edition = DivisionParser.parse(DivisionFiles.beijing().put("areas.csv", areas).toSet(), "11");

		assertThat(edition.units()).extracting((e) -> e.code().code()).contains("110101");
	}

	@Test
	void refusesCodesThatExcelTurnedIntoNumbers() {
		String villages = DivisionFiles.VILLAGES.replace("110101001002,", "1.10101E+11,");

		assertRefused(DivisionFiles.beijing().put("villages-11.csv", villages), "code.scientific", "villages-11.csv",
				3);
	}

	@Test
	void refusesCodesThatLostLeadingDigits() {
		String streets = DivisionFiles.STREETS.replace("110102001,", "11010201,");

		assertRefused(DivisionFiles.beijing().put("streets.csv", streets), "code.length", "streets.csv", 3);
	}

	@Test
	void refusesAVillageWhoseStreetDoesNotExist() {
		String villages = DivisionFiles.VILLAGES + "110101009001,\"无名社区居委会\",110101009,11,1101,110101\n";

		assertRefused(DivisionFiles.beijing().put("villages-11.csv", villages), "import.parent.missing",
				"villages-11.csv", 5);
	}

	@Test
	void refusesDuplicateCodes() {
		String villages = DivisionFiles.VILLAGES + "110101001001,\"多福巷社区居委会\",110101001,11,1101,110101\n";

		assertRefused(DivisionFiles.beijing().put("villages-11.csv", villages), "import.code.duplicate",
				"villages-11.csv", 5);
	}

	@Test
	void refusesACodeWhoseSegmentsContradictItsParentColumn() {
		String streets = DivisionFiles.STREETS.replace("110102001,\"西长安街街道\",110102", "110102001,\"西长安街街道\",110101");

		assertRefused(DivisionFiles.beijing().put("streets.csv", streets), "import.code.contradicts", "streets.csv", 3);
	}

	@Test
	void refusesACodeOfTheWrongLevelForItsFile() {
		String streets = DivisionFiles.STREETS + "110101001003,\"错层街道\",110101,11,1101\n";

		assertRefused(DivisionFiles.beijing().put("streets.csv", streets), "import.code.level", "streets.csv", 4);
	}

	@Test
	void refusesASegmentOutsideTheDefinedRanges() {
		String streets = DivisionFiles.STREETS + "110101700,\"越界街道\",110101,11,1101\n";
		String zeroStreet = DivisionFiles.STREETS + "110109000,\"无此区\",110109,11,1101\n";
		assertRefused(DivisionFiles.beijing().put("streets.csv", zeroStreet), "import.parent.missing", "streets.csv",
				4);

		assertRefused(DivisionFiles.beijing().put("streets.csv", streets), "import.segment.range", "streets.csv", 4);
	}

	@Test
	void refusesAFileCutOffInsideAQuotedValue() {
		String villages = DivisionFiles.VILLAGES + "110101001003,\"东厂社";

		assertRefused(DivisionFiles.beijing().put("villages-11.csv", villages), "import.file.unterminated",
				"villages-11.csv", 5);
	}

	@Test
	void refusesAFileCutOffBetweenValues() {
		String villages = DivisionFiles.VILLAGES + "110101001003,\"东厂社区居委会\",1101010";

		assertRefused(DivisionFiles.beijing().put("villages-11.csv", villages), "import.file.unterminated",
				"villages-11.csv", 5);
	}

	@Test
	void refusesAFileCutOffInsideTheLastUnquotedValue() {
		assertRefused(DivisionFiles.beijing().put("provinces.csv", "code,name\n11,北"), "import.file.unterminated",
				"provinces.csv", 2);
	}

	@Test
	void refusesARowWithTooFewValues() {
		String villages = DivisionFiles.VILLAGES + "110101001003,\"东厂社区居委会\",1101010\n";

		assertRefused(DivisionFiles.beijing().put("villages-11.csv", villages), "import.row.columns", "villages-11.csv",
				5);
	}

	@Test
	void refusesAQuoteThatIsNeverClosed() {
		String villages = DivisionFiles.VILLAGES + "110101001003,\"东厂社区居委会,110101001,11,1101,110101\n";

		assertRefused(DivisionFiles.beijing().put("villages-11.csv", villages), "import.file.broken", "villages-11.csv",
				5);
	}

	@Test
	void refusesUtf8CutInsideACharacterInsteadOfReadingItAsGbk() {
		byte[] whole = "code,name\n11,北京市\n".getBytes(StandardCharsets.UTF_8);
		byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 3);

		assertRefused(DivisionFiles.beijing().put("provinces.csv", cut), "import.encoding.damagedUtf8", "provinces.csv",
				0);
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(DivisionFiles.beijing().put("areas.csv", new byte[0]), "import.file.empty", "areas.csv", 0);
	}

	@Test
	void refusesNamesTooLongOrWithControlCharacters() {
		String longName = DivisionFiles.AREAS.replace("\"西城区\"", "\"" + "西".repeat(201) + "\"");
		String control = DivisionFiles.AREAS.replace("\"西城区\"", "\"西\u202E城区\"");

		assertRefused(DivisionFiles.beijing().put("areas.csv", longName), "text.tooLong", "areas.csv", 3);
		assertRefused(DivisionFiles.beijing().put("areas.csv", control), "text.control", "areas.csv", 3);
	}

	@Test
	void countsCharactersOutsideTheBasicPlaneOnce() {
		String rare = DivisionFiles.AREAS.replace("\"西城区\"", "\"" + "𠀀".repeat(200) + "\"");

		DivisionEdition edition = DivisionParser.parse(DivisionFiles.beijing().put("areas.csv", rare).toSet(), "11");

		assertThat(edition.units()).anySatisfy((e) -> assertThat(e.name()).startsWith("𠀀"));
	}

	@Test
	void namesTheZeroSegmentOfAVillageCode() {
		String villages = DivisionFiles.VILLAGES + "110101001000,\"零号社区居委会\",110101001,11,1101,110101\n";

		assertRefused(DivisionFiles.beijing().put("villages-11.csv", villages), "import.segment.range",
				"villages-11.csv", 5);
	}

	@Test
	void refusesBytesThatAreNeitherUtf8NorGb18030() {
		DivisionFiles files = DivisionFiles.beijing()
			.put("areas.csv", new byte[] { 'c', 'o', (byte) 0xFF, (byte) 0xFF });

		assertRefused(files, "import.encoding.unknown", "areas.csv", 0);
	}

	@Test
	void refusesAMissingFile() {
		assertRefused(DivisionFiles.beijing().remove("streets.csv"), "import.file.missing", "streets.csv", 0);
	}

	@Test
	void refusesAMissingHeaderColumn() {
		assertRefused(DivisionFiles.beijing().put("areas.csv", "code,name\n110101,\"东城区\"\n"), "import.header.missing",
				"areas.csv", 1);
	}

	@Test
	void countsEveryErrorButListsTheFirstTwenty() {
		StringBuilder villages = new StringBuilder(DivisionFiles.VILLAGES);
		for (int i = 0; i < 30; i++) {
			villages.append("1.1E+11,\"坏行\",110101001,11,1101,110101\n");
		}

		Problem problem = refusal(DivisionFiles.beijing().put("villages-11.csv", villages.toString()));

		assertThat(problem.arguments()).containsExactly(30);
		assertThat(problem.details()).hasSize(ImportErrors.SHOWN);
	}

	@Test
	void ignoresRowsOfOtherProvinces() {
		String streets = DivisionFiles.STREETS + "120101001,\"劝业场街道\",120101,12,1201\n";

		DivisionEdition edition = DivisionParser.parse(DivisionFiles.beijing().put("streets.csv", streets).toSet(),
				"11");

		assertThat(edition.units()).noneMatch((e) -> e.code().code().startsWith("12"));
	}

	private static void assertRefused(DivisionFiles files, String messageKey, String file, long line) {
		Problem problem = refusal(files);
		List<Problem> details = problem.details();
		assertThat(details).isNotEmpty();
		Problem located = details.get(0);
		assertThat(located.isLocated()).isTrue();
		assertThat(located.arguments()).containsExactly(file, line);
		assertThat(located.details().get(0).messageKey()).isEqualTo(messageKey);
	}

	private static Problem refusal(DivisionFiles files) {
		return org.assertj.core.api.Assertions.catchThrowableOfType(Problem.class,
				() -> DivisionParser.parse(files.toSet(), "11"));
	}

}
