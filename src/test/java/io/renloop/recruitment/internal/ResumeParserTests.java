package io.renloop.recruitment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.recruitment.EntityType;
import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.ParsedResume.Education;
import io.renloop.recruitment.ParsedResume.Experience;
import io.renloop.recruitment.ResumeDocuments;
import io.renloop.recruitment.ResumeFile;
import io.renloop.recruitment.SampleResumes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ResumeParserTests {

	static final DefaultResumeParser PARSER = new DefaultResumeParser(
			Clock.fixed(Instant.parse("2026-11-15T00:00:00Z"), ZoneOffset.UTC));

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void readsContactDetailsOfAChineseResume() {
		ParsedResume resume = PARSER.parse(SampleResumes.ZH);
		assertThat(resume.name()).isEqualTo("李明远");
		assertThat(resume.phone()).isEqualTo("138-1234-5678");
		assertThat(resume.email()).isEqualTo("liming.yuan@example.com");
	}

	@Test
	void readsExperienceWhenEntriesAreSpreadOverBlankLines() {
		String spaced = SampleResumes.ZH.replace("\n", "\n\n").replace("  ", "\t");
		assertThat(PARSER.parse(spaced).experience()).extracting(ParsedResume.Experience::start)
			.containsExactly("2015-07", "2019-07");
	}

	@Test
	void readsChineseEducationWithDegreesMajorsAndDates() {
		assertThat(PARSER.parse(SampleResumes.ZH).education()).containsExactly(
				new Education("中国矿业大学", "本科", "采矿工程", "2008-09", "2012-06"),
				new Education("北京科技大学", "硕士研究生", "安全工程", "2012-09", "2015-06"));
	}

	@Test
	void readsChineseExperienceWithOpenEnd() {
		assertThat(PARSER.parse(SampleResumes.ZH).experience()).containsExactly(
				new Experience("山西焦煤集团有限责任公司", "采矿工程师", "2015-07", "2019-06"),
				new Experience("陕西煤业化工集团有限责任公司", "安全部经理", "2019-07", "present"));
	}

	@Test
	void addsUpYearsOfExperienceToToday() {
		assertThat(PARSER.parse(SampleResumes.ZH).totalYearsExperience()).isEqualByComparingTo(new BigDecimal("11.4"));
	}

	@Test
	void readsSkillsCertificatesAndLanguagesFromLexicons() {
		ParsedResume resume = PARSER.parse(SampleResumes.ZH);
		assertThat(resume.skills()).contains("采煤机操作", "瓦斯检测", "安全生产管理", "AutoCAD", "Excel");
		assertThat(resume.certificates()).containsExactly("注册安全工程师", "特种作业操作证");
		assertThat(resume.languages()).contains("英语六级");
	}

	@Test
	void readsAnEnglishResume() {
		ParsedResume resume = PARSER.parse(SampleResumes.EN);
		assertThat(resume.name()).isEqualTo("JOHN A. CARTER");
		assertThat(resume.email()).isEqualTo("john.carter@example.com");
		assertThat(resume.experience()).containsExactly(
				new Experience("Acme Technologies Inc.", "Senior Software Engineer", "2018-09", "present"),
				new Experience("Globex Corporation", "Software Engineer", "2012-07", "2018-08"));
		assertThat(resume.education()).containsExactly(
				new Education("Stanford University", "M.S.", "Computer Science", "2010-09", "2012-06"),
				new Education("University of Michigan", "B.S.", "Electrical Engineering", "2006-09", "2010-06"));
		assertThat(resume.skills()).contains("Java", "Spring Boot", "Kubernetes", "PostgreSQL");
		assertThat(resume.certificates()).contains("PMP", "AWS Certified Solutions Architect");
		assertThat(resume.languages()).contains("English", "Mandarin");
	}

	@Test
	void readsABiographyLikeTheEvaluationCorpus() {
		ParsedResume resume = PARSER.parse("王建国，男，汉族，1966年出生，中国国籍，大学本科学历，高级工程师。"
				+ "1989年7月毕业于浙江大学化学系。2009年9月至2012年9月任杭州钢铁集团有限公司副总经理。");
		assertThat(resume.name()).isEqualTo("王建国");
		assertThat(resume.experience()).contains(new Experience("杭州钢铁集团有限公司", "副总经理", "2009-09", "2012-09"));
		assertThat(resume.entities()).anySatisfy(e -> {
			assertThat(e.type()).isEqualTo(EntityType.EDU);
			assertThat(e.text()).isEqualTo("大学本科学历");
		});
	}

	@Test
	void entityOffsetsPointIntoTheText() {
		String text = SampleResumes.ZH;
		assertThat(PARSER.parse(text).entities()).isNotEmpty()
			.allSatisfy(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
	}

	@Test
	void neverOutputsProtectedAttributesOfAChineseResume() {
		String json = JSON.writeValueAsString(PARSER.parse(SampleResumes.ZH));
		assertThat(json).doesNotContain(SampleResumes.ZH_PROTECTED);
	}

	@Test
	void neverOutputsProtectedAttributesOfAnEnglishResume() {
		String json = JSON.writeValueAsString(PARSER.parse(SampleResumes.EN));
		assertThat(json).doesNotContain(SampleResumes.EN_PROTECTED);
	}

	@Test
	void blanksProtectedAttributesKeepingOffsets() {
		String text = "张三，女，回族，1985年3月出生，已婚，中共党员，现年40岁，宁夏回族自治区人民政府科员。";
		String redacted = ProtectedAttributes.redact(text);
		assertThat(redacted).hasSameSizeAs(text)
			.doesNotContain("女", "回族，", "1985", "已婚", "党员", "40岁")
			.contains("宁夏回族自治区人民政府");
	}

	@Test
	void parsesADocxFile() {
		ParsedResume resume = PARSER.parse(new ResumeFile("resume.docx", ResumeDocuments.docx(SampleResumes.ZH)));
		assertThat(resume.name()).isEqualTo("李明远");
		assertThat(resume.experience()).hasSize(2);
	}

	@Test
	void parsesAPlainTextFileInGbk() {
		byte[] gbk = SampleResumes.ZH.getBytes(java.nio.charset.Charset.forName("GBK"));
		assertThat(PARSER.parse(new ResumeFile("resume.txt", gbk)).email()).isEqualTo("liming.yuan@example.com");
	}

	@Test
	void rejectsBlankText() {
		assertThatThrownBy(() -> PARSER.parse("  \n ")).isInstanceOf(InvalidFieldsException.class);
	}

	@Test
	void rejectsAnUnsupportedFileType() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatThrownBy(() -> PARSER.parse(new ResumeFile("photo.png", png)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.status()).isEqualTo(415));
	}

	@Test
	void rejectsACorruptPdf() {
		byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> PARSER.parse(new ResumeFile("resume.pdf", corrupt)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.status()).isEqualTo(422));
	}

	@Test
	void rejectsAPasswordProtectedPdf() {
		byte[] encrypted = ResumeDocuments.encryptedPdf("JOHN CARTER\nSoftware Engineer");
		assertThatThrownBy(() -> PARSER.parse(new ResumeFile("resume.pdf", encrypted)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("resume.file.encrypted"));
	}

	@Test
	void rejectsAFileOverTenMegabytes() {
		byte[] large = new byte[(int) io.renloop.recruitment.ResumeParser.MAX_FILE_BYTES + 1];
		assertThatThrownBy(() -> PARSER.parse(new ResumeFile("resume.txt", large)))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.status()).isEqualTo(413));
	}

	@Test
	void parsesOneResumeWellUnderAHundredMilliseconds() {
		for (int i = 0; i < 20; i++) {
			PARSER.parse(SampleResumes.ZH);
		}
		long start = System.nanoTime();
		int rounds = 50;
		for (int i = 0; i < rounds; i++) {
			PARSER.parse(i % 2 == 0 ? SampleResumes.ZH : SampleResumes.EN);
		}
		double millis = (System.nanoTime() - start) / 1e6 / rounds;
		assertThat(millis).isLessThan(100);
	}
}
