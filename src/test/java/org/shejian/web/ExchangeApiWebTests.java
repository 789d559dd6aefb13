package org.shejian.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.CatalogueFixtures;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ShareType;
import org.shejian.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports, rejection reports, exports and templates through the API: background jobs,
 * downloads that arrive as attachments with their Chinese names, and exported text that a
 * spreadsheet cannot run as a formula.
 */
@Tag("database")
class ExchangeApiWebTests extends PlatformTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsInTheBackgroundAndReportsRejectedRowsAsASpreadsheet() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = this.catalogue.define(dongcheng, null,
				CatalogueFixtures.population("接口导入", ShareType.UNCONDITIONAL));
		MockMultipartFile file = new MockMultipartFile("file", "人口.csv", "text/csv",
				"单位代码,年度,常住人口\n110101001001,2023,5120\n110101001002,2023,abc\n".getBytes(StandardCharsets.UTF_8));

		Map<String, Object> finished = runImport(dongcheng, resource, file, "VALID_ROWS");

		assertThat(finished).containsEntry("rowsRead", 2).containsEntry("rowsRejected", 1);
		int batch = JsonPath.read(finished, "$.batch.id");
		assertThat(this.jdbc.sql("SELECT actor FROM audit_record WHERE action = 'exchange.import' AND target = ?")
			.param("batch:" + batch)
			.query(String.class)
			.single()).isEqualTo(dongcheng.username());
		this.mvc.perform(get("/api/v1/exchange/batches/" + batch + "/rejects").with(user(dongcheng)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/api/v1/data/" + resource.identifier() + "/rows").with(user(dongcheng)))
			.andExpect(status().isNotFound());
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		this.mvc.perform(get("/api/v1/exchange/batches/" + batch).with(user(xicheng))).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/exchange/batches/" + batch + "/rollback").with(user(dongcheng)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ROLLED_BACK"));
	}

	@Test
	void readsAGbkFileThatItsUploadDeclaresAsUtf8ByWhatItsBytesAre() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource resource = this.catalogue.define(dongcheng, null,
				CatalogueFixtures.population("声明错误的编码", ShareType.UNCONDITIONAL));
		MockMultipartFile file = new MockMultipartFile("file", "gbk.csv", "text/csv; charset=UTF-8",
				"单位代码,年度,常住人口\n１１０１０１００１００１,2023,5120\n".getBytes(Charset.forName("GBK")));

		Map<String, Object> finished = runImport(dongcheng, resource, file, "ALL_OR_NOTHING");

		assertThat(finished).containsEntry("rowsRead", 1).containsEntry("rowsRejected", 0);
		assertThat(JsonPath.<String>read(finished, "$.batch.fileFormat")).contains("GB18030");
		assertThat(JsonPath.<String>read(finished, "$.batch.state")).isEqualTo("LOADED");
	}

	@Test
	void refusesAnImportWithoutItsFileOrCoordinateSystem() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource places = this.catalogue.define(dongcheng, null, CatalogueFixtures.places("接口坐标"));
		MockMultipartFile empty = new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]);
		this.mvc
			.perform(multipart("/api/v1/exchange/imports").file(empty)
				.param("resource", places.identifier())
				.param("coordinates", "GCJ-02")
				.with(user(dongcheng))
				.with(csrf()))
			.andExpect(status().isBadRequest());
		MockMultipartFile file = new MockMultipartFile("file", "p.csv", "text/csv",
				"对象编号,所在单位代码,经度,纬度\nP1,110101001001,116.38,39.91\n".getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(multipart("/api/v1/exchange/imports").file(file)
				.param("resource", places.identifier())
				.with(user(dongcheng))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("坐标系")));
		this.mvc
			.perform(multipart("/api/v1/exchange/imports").file(file)
				.param("resource", places.identifier())
				.param("coordinates", "Mars-2000")
				.with(user(dongcheng))
				.with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void exportsNeutraliseFormulasKeepNumbersAndNameTheFileInChinese() throws Exception {
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		Resource organisations = this.catalogue.define(dongcheng, null, CatalogueFixtures.organisations("导出法人"));
		runImport(dongcheng, organisations,
				new MockMultipartFile("file", "o.csv", "text/csv",
						("统一社会信用代码,名称,所在单位代码\n91110000600037341L,=1+1,110101001001\n"
								+ "121200004013590816,@SUM(A1),110101001002\n91152201078377449P,-x,110101001005\n")
							.getBytes(StandardCharsets.UTF_8)),
				"ALL_OR_NOTHING");
		Resource population = this.catalogue.define(dongcheng, null,
				CatalogueFixtures.product("导出生产总值", ShareType.NOT_SHARED));
		runImport(dongcheng, population,
				new MockMultipartFile("file", "p.csv", "text/csv",
						"单位代码,年度,地区生产总值,调整额\n110101001001,2023,-12,-0.5\n".getBytes(StandardCharsets.UTF_8)),
				"ALL_OR_NOTHING");

		Workbook names = exportXlsx(dongcheng, organisations);
		List<String> texts = new ArrayList<>();
		for (Row row : names.getSheetAt(0)) {
			if (row.getRowNum() > 0) {
				Cell cell = row.getCell(1);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				texts.add(cell.getStringCellValue());
			}
		}
		assertThat(texts).containsExactlyInAnyOrder("'=1+1", "'@SUM(A1)", "'-x");

		Workbook numbers = exportXlsx(dongcheng, population);
		Row row = numbers.getSheetAt(0).getRow(1);
		assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-12);
		assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(-0.5);

		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);
		this.mvc
			.perform(post("/api/v1/exchange/exports").with(user(xicheng))
				.with(csrf())
				.contentType("application/json")
				.content("{\"resource\":\"" + population.identifier() + "\",\"format\":\"CSV\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void offersATemplateWithInstructionsAndASampleOnRealUnits() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		String body = this.mvc.perform(get("/api/v1/catalogue/resources").param("q", "社会经济统计"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String identifier = JsonPath.read(body, "$[0].identifier");
		byte[] template = this.mvc
			.perform(get("/api/v1/exchange/resources/" + identifier + "/template.xlsx").with(user(city)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			Sheet instructions = workbook.getSheet("填写说明");
			assertThat(instructions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("unit_code");
			assertThat(instructions.getRow(1).getCell(5).getStringCellValue()).contains("主键");
		}
		String sample = this.mvc
			.perform(get("/api/v1/exchange/resources/" + identifier + "/sample.csv").with(user(city)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(sample).contains("单位代码,年度").contains("11010100");
	}

	private Map<String, Object> runImport(AccountPrincipal actor, Resource resource, MockMultipartFile file,
			String mode) throws Exception {
		String started = this.mvc
			.perform(multipart("/api/v1/exchange/imports").file(file)
				.param("resource", resource.identifier())
				.param("mode", mode)
				.with(user(actor))
				.with(csrf()))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String job = JsonPath.read(started, "$.job");
		for (int i = 0; i < 200; i++) {
			String progress = this.mvc.perform(get("/api/v1/exchange/imports/" + job).with(user(actor)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (JsonPath.<Boolean>read(progress, "$.finished")) {
				return JsonPath.read(progress, "$");
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import did not finish");
	}

	private Workbook exportXlsx(AccountPrincipal actor, Resource resource) throws Exception {
		String started = this.mvc
			.perform(post("/api/v1/exchange/exports").with(user(actor))
				.with(csrf())
				.contentType("application/json")
				.content("{\"resource\":\"" + resource.identifier() + "\",\"format\":\"XLSX\"}"))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(started, "$.id");
		for (int i = 0; i < 200; i++) {
			String state = JsonPath.read(this.mvc.perform(get("/api/v1/exchange/exports/" + id).with(user(actor)))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.state");
			if (!state.equals("RUNNING")) {
				assertThat(state).isEqualTo("DONE");
				break;
			}
			Thread.sleep(50);
		}
		MvcResult file = this.mvc.perform(get("/api/v1/exchange/exports/" + id + "/file").with(user(actor)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''"
							+ java.net.URLEncoder.encode(resource.name(), StandardCharsets.UTF_8).replace("+", "%20"))))
			.andReturn();
		return new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()));
	}

}
