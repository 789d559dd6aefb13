package org.shejian.organisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnitKindTests {

	@ParameterizedTest
	@CsvSource({ "1, STREET", "99, STREET", "100, TOWN", "199, TOWN", "200, TOWNSHIP", "399, TOWNSHIP",
			"400, TOWNSHIP_LIKE", "599, TOWNSHIP_LIKE" })
	void townshipKindFollowsCodeRange(int segment, UnitKind kind) {
		assertThat(UnitKind.ofTownshipSegment(segment)).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource({ "1, COMMUNITY", "199, COMMUNITY", "200, VILLAGE", "399, VILLAGE", "400, VILLAGE_LIKE",
			"599, VILLAGE_LIKE" })
	void villageKindFollowsCodeRange(int segment, UnitKind kind) {
		assertThat(UnitKind.ofVillageSegment(segment)).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource({ "0", "600", "999" })
	void segmentsOutsideTheRangesHaveNoKind(int segment) {
		assertThat(UnitKind.ofTownshipSegment(segment)).isNull();
		assertThat(UnitKind.ofVillageSegment(segment)).isNull();
	}

}
