package org.shejian.shared.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shejian.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

/**
 * Conversions against the conformance vectors in {@code fixtures/coords} (test values of
 * eviltransform and coordtransform, see the fixtures README), and the checks on points
 * entered for places in China.
 */
class CoordinatesTest {

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/coords/coord_vectors.csv");

	private static final Pattern DEGREES = Pattern.compile("^(\\S+) deg\\b");

	private static final Pattern ITERATIVE_METRES = Pattern.compile("(\\S+) m (?:for )?iterative");

	private static final Pattern VARIANT_GAP_METRES = Pattern.compile("lands ~(\\d+) m away");

	private static final GeoPoint BEIJING = new GeoPoint(39.9087, 116.3975);

	/**
	 * Reads each row's tolerance as the fixture words it: degrees for the forward and
	 * BD-09 rows; metres for the iterated GCJ-02 inverse; for the one-step inverse of
	 * coordtransform, the one-step value is rebuilt from the forward conversion and the
	 * iterated answer stays within the fixture's 5 m one-step tolerance of it; for the
	 * rows of eviltransform's own BD-09 formula, the usual formula lands the stated
	 * distance away.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void meetsTheFixtureRowWithinItsTolerance(Vector vector) {
		GeoPoint actual = Coordinates.convert(vector.input(), vector.from(), vector.to());
		String tolerance = vector.tolerance();

		if (tolerance.startsWith("ONLY matches eviltransform")) {
			assertThat(actual.distanceMetres(vector.expected()))
				.isCloseTo(Double.parseDouble(find(VARIANT_GAP_METRES, tolerance)), within(1.0));
		}
		else if (tolerance.contains("one-step inverse as the library does it")) {
			assertThat(oneStepInverse(vector.input())).satisfies(near(vector.expected(), degrees(tolerance)));
			assertThat(Coordinates.fromWgs84(actual, CoordinateSystem.GCJ02)).satisfies(near(vector.input(), 1e-9));
			assertThat(actual.distanceMetres(vector.expected())).isLessThan(5.0);
		}
		else if (tolerance.contains("iterative")) {
			double metres = Double.parseDouble(find(ITERATIVE_METRES, tolerance));
			assertThat(actual.distanceMetres(vector.expected())).isLessThan(metres);
		}
		else {
			assertThat(actual).satisfies(near(vector.expected(), degrees(tolerance)));
		}
	}

	@Test
	void roundTripsPointsAcrossChinaWithinHalfAMetre() {
		int count = 0;
		for (double lat = 3.9317; lat < 54; lat += 0.7071) {
			for (double lng = 73.4129; lng < 136; lng += 0.9137) {
				GeoPoint wgs = new GeoPoint(lat, lng);
				if (wgs.isInChina()) {
					count++;
					for (CoordinateSystem system : CoordinateSystem.values()) {
						GeoPoint back = Coordinates.toWgs84(Coordinates.fromWgs84(wgs, system), system);
						assertThat(back.distanceMetres(wgs)).as("%s via %s", wgs, system).isLessThan(0.5);
					}
				}
			}
		}
		assertThat(count).isGreaterThan(500);
	}

	@Test
	void roundTripsAPointWhoseGcj02ReadingFallsJustOutsideTheOutline() {
		GeoPoint wgs = new GeoPoint(43.5, 131.456);
		GeoPoint gcj = Coordinates.fromWgs84(wgs, CoordinateSystem.GCJ02);

		assertThat(wgs.isInChina()).isTrue();
		assertThat(gcj.isInChina()).isFalse();
		assertThat(Coordinates.toWgs84(gcj, CoordinateSystem.GCJ02).distanceMetres(wgs)).isLessThan(0.01);
	}

	/**
	 * The offset is why every conversion takes the system the point was declared in: a
	 * WGS-84 point that is converted as if it were GCJ-02 moves by hundreds of metres,
	 * and nothing in the result shows it.
	 */
	@Test
	void convertingAWgs84PointAsGcj02MovesItByHundredsOfMetres() {
		List<GeoPoint> cities = List.of(BEIJING, new GeoPoint(31.2304, 121.4737), new GeoPoint(23.1291, 113.2644),
				new GeoPoint(30.5728, 104.0668), new GeoPoint(43.8256, 87.6168), new GeoPoint(45.8038, 126.5350));
		for (GeoPoint wgs : cities) {
			assertThat(Coordinates.toWgs84(wgs, CoordinateSystem.GCJ02).distanceMetres(wgs)).as("%s", wgs)
				.isBetween(200.0, 1000.0);
		}
	}

	@Test
	void leavesPointsOutsideChinaUnshiftedInGcj02() {
		GeoPoint paris = new GeoPoint(48.8566, 2.3522);

		assertThat(Coordinates.fromWgs84(paris, CoordinateSystem.GCJ02)).isEqualTo(paris);
		assertThat(Coordinates.toWgs84(paris, CoordinateSystem.GCJ02)).isEqualTo(paris);
	}

	@Test
	void convertsBd09ThroughGcj02() {
		GeoPoint bd = Coordinates.fromWgs84(BEIJING, CoordinateSystem.BD09);

		assertThat(bd).isEqualTo(Coordinates.convert(Coordinates.fromWgs84(BEIJING, CoordinateSystem.GCJ02),
				CoordinateSystem.GCJ02, CoordinateSystem.BD09));
		assertThat(Coordinates.convert(bd, CoordinateSystem.BD09, CoordinateSystem.WGS84).distanceMetres(BEIJING))
			.isLessThan(0.5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "WGS-84", "wgs84", "WGS84", " wgs_84 ", "ＷＧＳ－８４" })
	void readsWgs84AsPeopleWriteIt(String name) {
		assertThat(CoordinateSystem.parse(name)).isEqualTo(CoordinateSystem.WGS84);
	}

	@Test
	void readsGcj02AndBd09AsPeopleWriteThem() {
		assertThat(CoordinateSystem.parse("GCJ-02")).isEqualTo(CoordinateSystem.GCJ02);
		assertThat(CoordinateSystem.parse("gcj02")).isEqualTo(CoordinateSystem.GCJ02);
		assertThat(CoordinateSystem.parse("BD-09")).isEqualTo(CoordinateSystem.BD09);
		assertThat(CoordinateSystem.parse("bd09")).isEqualTo(CoordinateSystem.BD09);
		assertThat(CoordinateSystem.parse("bd09ll")).isEqualTo(CoordinateSystem.BD09);
	}

	@ParameterizedTest
	@ValueSource(strings = { "EPSG:3857", "bd09mc", "GCJ", "", "  " })
	void refusesUnknownSystemNames(String name) {
		assertProblem(() -> CoordinateSystem.parse(name), "geo.system.unknown");
	}

	@Test
	void refusesAMissingSystemName() {
		assertProblem(() -> CoordinateSystem.parse(null), "geo.system.unknown");
	}

	@Test
	void acceptsPlacesAllOverChina() {
		List<GeoPoint> places = List.of(BEIJING, new GeoPoint(53.48, 122.37), new GeoPoint(48.36, 134.30),
				new GeoPoint(18.25, 109.51), new GeoPoint(39.47, 75.99), new GeoPoint(29.65, 91.10),
				new GeoPoint(25.03, 121.56), new GeoPoint(22.30, 114.17), new GeoPoint(22.19, 113.54),
				new GeoPoint(16.83, 112.33), new GeoPoint(3.97, 112.25), new GeoPoint(49.60, 117.43));
		for (GeoPoint place : places) {
			assertThat(place.requireInChina()).isSameAs(place);
			assertThat(GeoPoint.inChina(place.lat(), place.lng())).isEqualTo(place);
		}
	}

	@Test
	void refusesPlacesOutsideChina() {
		List<GeoPoint> places = List.of(new GeoPoint(48.8566, 2.3522), new GeoPoint(35.6762, 139.6503),
				new GeoPoint(0, 0), new GeoPoint(37.5665, 126.9780), new GeoPoint(39.0392, 125.7625),
				new GeoPoint(47.9186, 106.9177), new GeoPoint(21.0278, 105.8342), new GeoPoint(14.5995, 120.9842),
				new GeoPoint(27.7172, 85.3240), new GeoPoint(43.2220, 76.8512), new GeoPoint(24.4667, 123.0));
		for (GeoPoint place : places) {
			assertProblem(place::requireInChina, "geo.outsideChina");
			assertProblem(() -> GeoPoint.inChina(place.lat(), place.lng()), "geo.outsideChina");
		}
	}

	@Test
	void namesBothValuesOfAPointOutsideChina() {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> GeoPoint.inChina(48.8566, 2.3522))
			.satisfies((problem) -> assertThat(problem.arguments()).containsExactly("48.8566", "2.3522"));
	}

	@Test
	void tellsSwappedValuesFromValuesOutOfRange() {
		assertProblem(() -> new GeoPoint(116.39, 39.9), "geo.outOfRange");
		assertProblem(() -> GeoPoint.inChina(116.39, 39.9), "geo.swapped");
		assertThat(GeoPoint.inChina(39.9, 116.39)).isEqualTo(new GeoPoint(39.9, 116.39));
	}

	@Test
	void findsSwappedValuesThatAreAPointElsewhere() {
		GeoPoint urumqiSwapped = new GeoPoint(87.6168, 43.8256);

		assertThat(urumqiSwapped.isInChina()).isFalse();
		assertProblem(urumqiSwapped::requireInChina, "geo.swapped");
		assertProblem(() -> GeoPoint.inChina(87.6168, 43.8256), "geo.swapped");
	}

	@Test
	void refusesLatitudesAndLongitudesOutOfRange() {
		assertProblem(() -> new GeoPoint(90.0001, 0), "geo.outOfRange");
		assertProblem(() -> new GeoPoint(-91, 0), "geo.outOfRange");
		assertProblem(() -> new GeoPoint(0, 180.5), "geo.outOfRange");
		assertProblem(() -> new GeoPoint(0, -181), "geo.outOfRange");
		assertProblem(() -> GeoPoint.inChina(200, 300), "geo.outOfRange");
		assertThat(new GeoPoint(-90, 180)).isEqualTo(new GeoPoint(-90.0, 180.0));
	}

	@ParameterizedTest
	@ValueSource(doubles = { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY })
	void refusesNumbersThatAreNotFinite(double value) {
		assertProblem(() -> new GeoPoint(value, 116.39), "geo.outOfRange");
		assertProblem(() -> new GeoPoint(39.9, value), "geo.outOfRange");
		assertProblem(() -> GeoPoint.inChina(value, value), "geo.outOfRange");
	}

	@Test
	void measuresDistancesOnTheMeanSphere() {
		assertThat(new GeoPoint(30, 120).distanceMetres(new GeoPoint(31, 120))).isCloseTo(111_195, within(1.0));
		assertThat(BEIJING.distanceMetres(BEIJING)).isZero();
	}

	@Test
	void hasEveryMessageInBothLanguages() throws IOException {
		Properties chinese = messages("/messages.properties");
		Properties english = messages("/messages_en.properties");
		for (String key : List.of("geo.system.unknown", "geo.outOfRange", "geo.outsideChina", "geo.swapped")) {
			assertThat(chinese.getProperty(key)).as(key).contains("{0}");
			assertThat(english.getProperty(key)).as(key).contains("{0}");
		}
	}

	static List<Vector> vectors() throws IOException {
		return Files.readAllLines(FIXTURE, StandardCharsets.UTF_8).stream().skip(1).map(Vector::of).toList();
	}

	/**
	 * The usual one-step GCJ-02 inverse: the input minus the shift found at the input.
	 */
	private static GeoPoint oneStepInverse(GeoPoint gcj) {
		GeoPoint shifted = Coordinates.fromWgs84(gcj, CoordinateSystem.GCJ02);
		return new GeoPoint(2 * gcj.lat() - shifted.lat(), 2 * gcj.lng() - shifted.lng());
	}

	private static Consumer<GeoPoint> near(GeoPoint expected, double degrees) {
		return (actual) -> {
			assertThat(actual.lat()).isCloseTo(expected.lat(), within(degrees));
			assertThat(actual.lng()).isCloseTo(expected.lng(), within(degrees));
		};
	}

	private static double degrees(String tolerance) {
		return Double.parseDouble(find(DEGREES, tolerance));
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			fail("The tolerance \"%s\" does not say %s", text, pattern);
		}
		return matcher.group(1);
	}

	private static void assertProblem(ThrowingCallable call, String messageKey) {
		assertThatExceptionOfType(Problem.class).isThrownBy(call)
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo(messageKey));
	}

	private static Properties messages(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CoordinatesTest.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** One row of the fixture. */
	record Vector(String name, CoordinateSystem from, GeoPoint input, CoordinateSystem to, GeoPoint expected,
			String tolerance) {

		static Vector of(String line) {
			String[] cells = line.split(",", -1);
			return new Vector(cells[0], CoordinateSystem.valueOf(cells[1]),
					new GeoPoint(Double.parseDouble(cells[2]), Double.parseDouble(cells[3])),
					CoordinateSystem.valueOf(cells[4]),
					new GeoPoint(Double.parseDouble(cells[5]), Double.parseDouble(cells[6])), cells[7]);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
