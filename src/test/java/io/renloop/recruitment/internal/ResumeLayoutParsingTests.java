package io.renloop.recruitment.internal;

import static io.renloop.recruitment.internal.ResumeParserTests.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.ParsedResume.Education;
import io.renloop.recruitment.ParsedResume.Experience;
import io.renloop.recruitment.ResumeFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The layouts resumes are written in, read line by line: the four mistakes reported on issue 18 first, then the
 * other common forms of education, experience, dates and certificates.
 */
class ResumeLayoutParsingTests {

	@Test
	void theMajorOfAChineseEducationLineIsTheColumnNotTheFieldOfTheDegree() {
		ParsedResume resume = PARSER.parse("""
				张伟
				教育背景
				2009.09-2013.07 中国矿业大学  安全工程  本科（工学学士）
				""");
		assertThat(resume.education()).containsExactly(new Education("中国矿业大学", "本科", "安全工程", "2009-09", "2013-07"));
	}

	@Test
	void anEmployerWithoutALegalFormAfterTheTitleIsTheOrganization() {
		ParsedResume resume = PARSER.parse("""
				Jane Doe
				Experience
				Senior Software Engineer, Stripe — 2020 – present
				• Built payment APIs
				""");
		assertThat(resume.experience()).containsExactly(new Experience("Stripe", "Senior Software Engineer", "2020", "present"));
	}

	@Test
	void aCertificateWithAColonIsKeptWhole() {
		ParsedResume resume = PARSER.parse("""
				Jane Doe
				Certifications
				Oracle Certified Professional: Java SE 17 Developer
				AWS Certified Solutions Architect – Associate (2021)
				""");
		assertThat(resume.certificates()).containsExactly("Oracle Certified Professional: Java SE 17 Developer",
				"AWS Certified Solutions Architect – Associate");
	}

	@Test
	void aResumeWithoutANameHasNoName() {
		ParsedResume resume = PARSER.parse("""
				Education Details
				May 2013 to May 2017 B.E Computer Science  UIT-RGPV
				Data Scientist
				Skill Details
				Python- Exprience - 24 months
				""");
		assertThat(resume.name()).isNull();
	}

	@Test
	void headingsAndTitlesAreNotNamesButAPersonOnTheFirstLineIs() {
		assertThat(PARSER.parse("Curriculum Vitae\nSenior Product Manager\nEmail: a@example.com").name()).isNull();
		assertThat(PARSER.parse("个人简历\n求职意向：Java开发工程师\n电话：13812345678").name()).isNull();
		assertThat(PARSER.parse("Mary-Jane O'Neil | +1 206-555-0101\nExperience").name()).isEqualTo("Mary-Jane O'Neil");
		assertThat(PARSER.parse("欧阳晓东 Java开发工程师\n手机：13812345678").name()).isEqualTo("欧阳晓东");
		assertThat(PARSER.parse("个人简历\n姓名：李娜\n电话：13812345678").name()).isEqualTo("李娜");
	}

	@Test
	void readsCompanyBarTitleBarDates() {
		ParsedResume resume = PARSER.parse("""
				Experience
				Shopify | Data Analyst | Mar 2019 - Jun 2021
				- Owned the weekly revenue dashboard
				""");
		assertThat(resume.experience()).containsExactly(new Experience("Shopify", "Data Analyst", "2019-03", "2021-06"));
	}

	@Test
	void readsTitleAtCompanyWithDatesInParentheses() {
		ParsedResume resume = PARSER.parse("""
				Professional Experience
				Technical Recruiter at Datadog (September 2018 - Present)
				""");
		assertThat(resume.experience()).containsExactly(new Experience("Datadog", "Technical Recruiter", "2018-09", "present"));
	}

	@Test
	void readsACompanyLineAboveTheTitleAndDatesOfEachPosition() {
		ParsedResume resume = PARSER.parse("""
				PROFESSIONAL EXPERIENCE
				Kaiser Permanente    Oakland, CA
				Charge Nurse    Jan 2019 – Present
				• Led the falls-prevention initiative
				Mayo Clinic    Rochester, MN
				Registered Nurse    Jul 2015 – Dec 2018
				• Precepted new graduate nurses
				""");
		assertThat(resume.experience()).containsExactly(new Experience("Kaiser Permanente", "Charge Nurse", "2019-01", "present"),
				new Experience("Mayo Clinic", "Registered Nurse", "2015-07", "2018-12"));
	}

	@Test
	void readsChineseCompanyAndTitleWithoutALegalForm() {
		ParsedResume resume = PARSER.parse("""
				工作经历
				2019年3月—至今  字节跳动  后端开发工程师
				· 负责推荐系统接口开发
				""");
		assertThat(resume.experience()).containsExactly(new Experience("字节跳动", "后端开发工程师", "2019-03", "present"));
	}

	@Test
	void readsLabelledCells() {
		ParsedResume resume = PARSER.parse("""
				教育背景
				学校：浙江大学  专业：软件工程  学历：硕士研究生  时间：2015/09-2018/06
				工作经历
				公司：网易  职位：测试工程师  时间：2018/07-2021/02
				""");
		assertThat(resume.education()).containsExactly(new Education("浙江大学", "硕士研究生", "软件工程", "2015-09", "2018-06"));
		assertThat(resume.experience()).containsExactly(new Experience("网易", "测试工程师", "2018-07", "2021-02"));
	}

	@Test
	void readsTheUsualDateForms() {
		assertThat(DateRanges.first("2009/09 - 2013/07")).extracting(DateRanges.DateRange::start, DateRanges.DateRange::end)
			.containsExactly("2009-09", "2013-07");
		assertThat(DateRanges.first("2009年9月至今")).extracting(DateRanges.DateRange::start, DateRanges.DateRange::end)
			.containsExactly("2009-09", "present");
		assertThat(DateRanges.first("Sep 2009 – Present")).extracting(DateRanges.DateRange::start, DateRanges.DateRange::end)
			.containsExactly("2009-09", "present");
		assertThat(DateRanges.first("09/2009 – 06/2013")).extracting(DateRanges.DateRange::start, DateRanges.DateRange::end)
			.containsExactly("2009-09", "2013-06");
		assertThat(DateRanges.first("手机 13820091234")).isNull();
	}

	@Test
	void readsEducationAndExperienceTablesOfADocx() throws IOException {
		byte[] docx = docxWithTables(
				List.of(List.of("时间", "学校", "专业", "学历"), List.of("2012.09-2016.06", "郑州大学", "会计学", "本科")),
				List.of(List.of("起止时间", "公司名称", "职位", "工作内容"),
						List.of("2016.07-2020.03", "安永华明会计师事务所", "审计员", "负责年度审计")));
		ParsedResume resume = PARSER.parse(new ResumeFile("简历.docx", docx));
		assertThat(resume.education()).containsExactly(new Education("郑州大学", "本科", "会计学", "2012-09", "2016-06"));
		assertThat(resume.experience()).containsExactly(new Experience("安永华明会计师事务所", "审计员", "2016-07", "2020-03"));
	}

	private static byte[] docxWithTables(List<List<String>> education, List<List<String>> work) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("教育经历");
			table(document, education);
			document.createParagraph().createRun().setText("工作经历");
			table(document, work);
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void table(XWPFDocument document, List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				table.getRow(r).getCell(c).setText(rows.get(r).get(c));
			}
		}
	}
}
