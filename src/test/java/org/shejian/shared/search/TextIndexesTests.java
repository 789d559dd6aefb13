package org.shejian.shared.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TextIndexesTests {

	private final TextIndexes indexes = new TextIndexes(Clock.systemUTC());

	@Test
	void handsOutOneIndexPerOwner() {
		TextIndex map = this.indexes.get("map");

		assertThat(this.indexes.get("map")).isSameAs(map);
		assertThat(this.indexes.get("sites")).isNotSameAs(map);
		assertThat(map.name()).isEqualTo("map");
		this.indexes.destroy();
	}

	@Test
	void refusesNamesThatAreNotPlainWords() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.indexes.get("Map"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.indexes.get("../map"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.indexes.get(null));
	}

	@Test
	void closesItsIndexesWhenTheApplicationStops() {
		TextIndex map = this.indexes.get("map");
		map.upsert(TextDocument.of("1", "社区养老服务驿站", "", LocalDate.of(2026, 12, 3)));

		this.indexes.destroy();

		assertThatIllegalStateException().isThrownBy(() -> map.search("养老", Map.of(), 0, 10));
	}

}
