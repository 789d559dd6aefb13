package org.shejian.web;

import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry of data standards as JSON and the check of single values, open to all.
 */
class StandardsApiWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Test
	void listsElementsAndCodeListsWithoutSignIn() throws Exception {
		this.mvc.perform(get("/api/v1/standards/elements"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].identifier", hasItem("DE00001")));
		this.mvc.perform(get("/api/v1/standards/elements/DE00010"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("性别代码"))
			.andExpect(jsonPath("$.codeListIdentifier").value("CL-SEX"));
		this.mvc.perform(get("/api/v1/standards/code-lists"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].identifier", hasItem("CL-SEX")));
		this.mvc.perform(get("/api/v1/standards/code-lists/CL-SEX"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values[*].code", hasItem("2")));
	}

	@Test
	void anUnknownIdentifierIsNotFoundAsAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/standards/elements/DE99999").header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("DE99999")));
		this.mvc.perform(get("/api/v1/standards/code-lists/CL-NONE")).andExpect(status().isNotFound());
	}

	@Test
	void answersInTheLanguageTheCallerAsksFor() throws Exception {
		this.mvc.perform(get("/api/v1/standards/elements/DE99999").header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(jsonPath("$.detail", containsString("There is no data element")));
		this.mvc.perform(get("/api/v1/standards/elements/DE99999").header("Accept-Language", "zh-CN,en;q=0.5"))
			.andExpect(jsonPath("$.detail", containsString("不存在")));
		this.mvc.perform(get("/api/v1/standards/elements/DE99999").header("Accept-Language", "fr-FR"))
			.andExpect(jsonPath("$.detail", containsString("不存在")));
		this.mvc
			.perform(get("/api/v1/standards/elements/DE99999").header("Accept-Language", "en").param("lang", "zh_CN"))
			.andExpect(jsonPath("$.detail", containsString("不存在")));
	}

	@Test
	void checksAValueAsAnImportWould() throws Exception {
		this.mvc.perform(get("/api/v1/standards/elements/DE00007/check").param("value", "９１110000600037341L"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value("91110000600037341L"));
		this.mvc.perform(get("/api/v1/standards/elements/DE00007/check").param("value", "91110000600037341A"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("校验码")));
		this.mvc.perform(get("/api/v1/standards/elements/DE00010/check").param("value", "7"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/standards/elements/DE00001/check").param("value", "1.10101001001E+11"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("1.10101001001E+11")));
		this.mvc.perform(get("/api/v1/standards/elements/DE00020/check").param("value", "1,234.5000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value("1234.5000"));
		this.mvc.perform(get("/api/v1/standards/elements/DE00017/check").param("value", "-5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("负数")));
		this.mvc.perform(get("/api/v1/standards/elements/DE00002/check").param("value", "多福巷\u001B社区"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("U+001B")));
		this.mvc.perform(get("/api/v1/standards/elements/DE00016/check").param("value", " "))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value", nullValue()));
	}

}
