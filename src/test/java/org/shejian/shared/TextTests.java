package org.shejian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
	void aTitleKeepsItsFullWidthPunctuationAndLettersAsWritten() {
		assertThat(Text.title("社区通知：垃圾分类宣传周（第１期），欢迎参加！", 200)).isEqualTo("社区通知：垃圾分类宣传周（第１期），欢迎参加！");
		assertThat(Text.title("【公告】“七一”活动；时间？", 200)).isEqualTo("【公告】“七一”活动；时间？");
	}

	@Test
	void aTitleIsOneLineComposedAndTrimmed() {
		assertThat(Text.title("\u3000多福巷\n\r\n社区  通知\t", 200)).isEqualTo("多福巷 社区 通知");
		assertThat(Text.title("Cafe\u0301", 200)).isEqualTo("Café");
	}

	@Test
	void aTitleFollowsTheRulesOfANameOtherwise() {
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> Text.title(" \u3000 ", 200))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("name.missing"));
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> Text.title("一二三", 2))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("text.tooLong"));
		assertThat(Text.title("𠀀😀", 2)).isEqualTo("𠀀😀");
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> Text.title("通知\u202E知通", 200))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("text.control"));
		assertThatExceptionOfType(Problem.class).isThrownBy(() -> Text.title(null, 200));
	}

	@Test
	void aNameStillFoldsFullWidthForms() {
		assertThat(Text.name("某某协会（筹）１", 200)).isEqualTo("某某协会(筹)1");
	}

	@Test
	void keepsCharactersOutsideTheBasicPlane() {
		assertThat(Text.normalise("𠀀村😀")).isEqualTo("𠀀村😀");
	}

}
