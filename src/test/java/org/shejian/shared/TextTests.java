package org.shejian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	@Test
	void foldsFullWidthCharactersAndIdeographicSpaces() {
		assertThat(Text.normalise("\u3000ＡＢＣ１２３\u3000多福巷  社区 ")).isEqualTo("ABC123 多福巷 社区");
	}

	@Test
	void compactRemovesEverySpace() {
		assertThat(Text.compact(" 91 110000\u3000600037341L ")).isEqualTo("91110000600037341L");
	}

	@Test
	void keepsCharactersOutsideTheBasicPlane() {
		assertThat(Text.normalise("𠀀村😀")).isEqualTo("𠀀村😀");
	}

}
