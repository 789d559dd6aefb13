package org.shejian.organisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ShortNamesTests {

	@ParameterizedTest
	@CsvSource({ "多福巷社区居委会, 多福巷社区", "芍药居五社区居民居委会, 芍药居五社区", "四道口居民委员会, 四道口", "牌坊村村民委员会, 牌坊村", "三间房东村村委会, 三间房东村",
			"南庄村委会, 南庄村", "机场工作区社区, 机场工作区社区", "东华门街道, 东华门街道", "东华门街道办事处, 东华门街道", "居委会, 居委会" })
	void dropsCommitteeSuffixes(String official, String expected) {
		assertThat(ShortNames.of(official)).isEqualTo(expected);
	}

}
