package org.shejian.requests.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Open311's XML answers make of characters XML 1.0 cannot carry.
 */
class Open311DocumentsTest {

	@Test
	void replacesWhatXmlCannotCarryAndKeepsEverythingElse() {
		assertThat(Open311Documents.safe("路灯\u0000不亮\u0008\uFFFE\uFFFF")).isEqualTo("路灯\uFFFD不亮\uFFFD\uFFFD\uFFFD");
		assertThat(Open311Documents.safe("表情😀𠀀\t\n")).isEqualTo("表情😀𠀀\t\n");
		assertThat(Open311Documents.safe("半个\uD83D字")).isEqualTo("半个\uFFFD字");
		assertThat(Open311Documents.safe("\uDE00开头")).isEqualTo("\uFFFD开头");
		assertThat(Open311Documents.safe("结尾\uD83D")).isEqualTo("结尾\uFFFD");
		assertThat(Open311Documents.safe("倒序\uDE00\uD83D")).isEqualTo("倒序\uFFFD\uFFFD");
	}

}
