package org.shejian.exchange;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shejian.PlatformTestSupport;
import org.shejian.account.internal.AccountPrincipal;
import org.shejian.account.internal.TestAccounts;
import org.shejian.catalogue.Catalogue;
import org.shejian.catalogue.Grant;
import org.shejian.catalogue.Grants;
import org.shejian.catalogue.Resource;
import org.shejian.catalogue.ResourceForm;
import org.shejian.catalogue.ResourceForm.ItemForm;
import org.shejian.catalogue.ShareType;
import org.shejian.catalogue.UpdateCycle;
import org.shejian.shared.Role;
import org.shejian.standards.CodeList;
import org.shejian.standards.DataElement;
import org.shejian.standards.DataType;
import org.shejian.standards.Standards;
import org.shejian.standards.Standards.ElementForm;
import org.shejian.standards.Standards.ListForm;
import org.shejian.standards.Standards.ValueForm;
import org.shejian.standards.Status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data backbone from end to end, as its users meet it: the city centre defines a code
 * list and a data element, a district binds a resource to them and has it published,
 * imports a messy file and gets a precise report, rolls the batch back, imports again,
 * exports the resource, and a partner of another district reads it through a granted key.
 */
@Tag("database")
class DataBackboneStoryDatabaseTests extends PlatformTestSupport {

	@Autowired
	Standards standards;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Imports imports;

	@Autowired
	Exports exports;

	@Autowired
	Grants grants;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path dir;

	@Test
	void fromADataElementToAPartnerReadingWithAKey() throws Exception {
		AccountPrincipal city = this.accounts.create("11", Role.CITY_ADMIN);
		AccountPrincipal dongcheng = this.accounts.create("110101", Role.DISTRICT_ADMIN);
		AccountPrincipal xicheng = this.accounts.create("110102", Role.DISTRICT_ADMIN);

		// The city centre keeps the standards.
		CodeList list = this.standards.defineList(city, new ListForm("CL-DWELLING", "住房类型", "Dwelling type", "本市"));
		list = this.standards.addValue(city, list.identifier(), new ValueForm("1", "商品房", "Commercial", null),
				list.version());
		list = this.standards.addValue(city, list.identifier(), new ValueForm("2", "平房", "Bungalow", null),
				list.version());
		DataElement element = this.standards.define(city, new ElementForm(null, "Dwelling type", "住房的类型", "住房", "类型",
				"代码", DataType.CODE, "n1", null, null, list.identifier(), "市社会建设信息中心", null, null));
		element = this.standards.setStatus(city, element.identifier(), Status.STANDARD, element.version());
		assertThat(element.name()).isEqualTo("住房类型代码");

		// A district binds a conditionally shared resource to it; the city publishes it.
		ResourceForm form = new ResourceForm("东城区分类型户数", "Households by dwelling type", "各社区按住房类型统计的户数。", "2026-12-01",
				"北京市东城区", "户数、住房", "社会建设主题词表", "141", null, null, null, null, ShareType.CONDITIONAL, "用于住房保障研究，不得转给第三方",
				"接口", false, UpdateCycle.ANNUAL,
				List.of(new ItemForm("unit_code", "单位代码", "Unit code", "DE00001", true),
						new ItemForm("dwelling", "住房类型", "Dwelling type", element.identifier(), true),
						new ItemForm("households", "户数", "Households", "DE00019", false)),
				List.of("unit_code", "dwelling"), "unit_code", List.of(), List.of());
		Resource defined = this.catalogue.define(dongcheng, null, form);
		Resource submitted = this.catalogue.submit(dongcheng, defined.identifier(), defined.version());
		Resource published = this.catalogue.approve(city, submitted.identifier(), submitted.version());
		String id = published.identifier();

		// A messy file: GBK, English and Chinese headings in another order, full-width
		// digits, a code outside the list, a code Excel destroyed, a unit of another
		// district and a repeated key.
		Path messy = write("户数.csv", Charset.forName("GBK"), "Households,住房类型,Unit code\n" // 1
				+ "1200,1,110101001001\n" // 2 good
				+ "８００,２,１１０１０１００１００２\n" // 3 good, full-width
				+ "50,3,110101001005\n" // 4 not in the code list
				+ "60,1,1.10101001001E+11\n" // 5 scientific
				+ "70,1,110102001004\n" // 6 西城区
				+ "1300,1,110101001001\n"); // 7 repeats line 2
		Batch batch = this.imports.importFile(dongcheng, id, messy, "户数.csv", ImportMode.VALID_ROWS, null, Locale.CHINA,
				Imports.Progress.NONE);
		assertThat(batch.rowsLoaded()).isEqualTo(2);
		Map<Long, String> reasons = ImportsDatabaseTests.reasons(this.imports.rejects(dongcheng, batch.id()));
		assertThat(reasons).containsOnlyKeys(4L, 5L, 6L, 7L);
		assertThat(reasons.get(4L)).contains("住房类型").contains("“3”不在代码表 CL-DWELLING 中");
		assertThat(reasons.get(5L)).contains("科学计数法");
		assertThat(reasons.get(6L)).contains("110102001004").contains("不在您的数据范围内");
		assertThat(reasons.get(7L)).contains("与第 2 行重复");

		// Rolled back, nothing of it stays; the corrected file goes in.
		this.imports.rollback(dongcheng, batch.id());
		this.mvc.perform(get("/api/v1/data/" + id + "/rows")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(dongcheng)))
			.andExpect(jsonPath("$.rows").isEmpty());
		Batch corrected = this.imports.importFile(dongcheng, id,
				write("户数-改.csv", StandardCharsets.UTF_8,
						"单位代码,住房类型,户数\n110101001001,1,1200\n110101001002,2,800\n110101001005,1,50\n"),
				"户数-改.csv", ImportMode.ALL_OR_NOTHING, null, Locale.CHINA, Imports.Progress.NONE);
		assertThat(corrected.state()).isEqualTo(Batch.State.LOADED);

		// The provider exports it.
		ExportJob job = this.exports.start(dongcheng, id, ExportJob.Format.CSV);
		for (int i = 0; i < 200 && job.state() == ExportJob.State.RUNNING; i++) {
			Thread.sleep(25);
			job = this.exports.job(dongcheng, job.id());
		}
		assertThat(job.state()).isEqualTo(ExportJob.State.DONE);
		assertThat(job.rowsWritten()).isEqualTo(3);
		String csv = Files.readString(this.exports.file(dongcheng, job.id()), StandardCharsets.UTF_8);
		assertThat(csv).contains("110101001001,1,1200").contains("110101001002,2,800").contains("110101001005,1,50");

		// A partner of another district applies, the provider grants a key, the
		// partner reads.
		Grant applied = this.grants.apply(xicheng, id, "西城区住房保障中心", "比较两区住房结构");
		String key = this.grants.approve(dongcheng, applied.id(), LocalDate.now().plusDays(90), "同意", applied.version())
			.key();
		this.mvc.perform(get("/api/v1/data/" + id + "/rows").param("dwelling", "1").header("X-Api-Key", key))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].unit_code", contains("110101001001", "110101001005")))
			.andExpect(jsonPath("$.rows[*].households", contains(1200, 50)));
	}

	private Path write(String name, Charset charset, String text) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, text, charset);
		return file;
	}

}
