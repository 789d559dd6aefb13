package org.shejian.organisation.divisions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small division file sets for tests: Beijing with two districts, two streets and three
 * villages, which a test changes file by file.
 */
final class DivisionFiles {

	static final String PROVINCES = "code,name\n11,\"北京市\"\n12,\"天津市\"\n";

	static final String CITIES = "code,name,provinceCode\n1101,\"市辖区\",11\n1201,\"市辖区\",12\n";

	static final String AREAS = "code,name,cityCode,provinceCode\n110101,\"东城区\",1101,11\n110102,\"西城区\",1101,11\n";

	static final String STREETS = "code,name,areaCode,provinceCode,cityCode\n"
			+ "110101001,\"东华门街道\",110101,11,1101\n110102001,\"西长安街街道\",110102,11,1101\n";

	static final String VILLAGES = "code,name,streetCode,provinceCode,cityCode,areaCode\n"
			+ "110101001001,\"多福巷社区居委会\",110101001,11,1101,110101\n"
			+ "110101001002,\"银闸社区居委会\",110101001,11,1101,110101\n"
			+ "110102001201,\"牌坊村村民委员会\",110102001,11,1101,110102\n";

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private DivisionFiles() {
		put("provinces.csv", PROVINCES);
		put("cities.csv", CITIES);
		put("areas.csv", AREAS);
		put("streets.csv", STREETS);
		put("villages-11.csv", VILLAGES);
	}

	static DivisionFiles beijing() {
		return new DivisionFiles();
	}

	/** The files shipped inside the platform, Beijing's village level included. */
	static DivisionFiles shipped() {
		DivisionFiles files = new DivisionFiles();
		for (String name : new String[] { "provinces.csv", "cities.csv", "areas.csv", "streets.csv",
				"villages-11.csv" }) {
			files.put(name, shippedText(name));
		}
		return files;
	}

	static String shippedText(String name) {
		try (var in = DivisionFiles.class.getResourceAsStream("/divisions/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	DivisionFiles put(String name, String text) {
		return put(name, text, StandardCharsets.UTF_8);
	}

	DivisionFiles put(String name, String text, Charset charset) {
		this.files.put(name, text.getBytes(charset));
		return this;
	}

	DivisionFiles put(String name, byte[] bytes) {
		this.files.put(name, bytes);
		return this;
	}

	DivisionFiles remove(String name) {
		this.files.remove(name);
		return this;
	}

	DivisionFileSet toSet() {
		return DivisionFileSet.of(this.files, "test");
	}

}
