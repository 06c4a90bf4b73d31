package io.renloop.recruitment.internal;

import static io.renloop.recruitment.internal.ResumeParserTests.JSON;
import static io.renloop.recruitment.internal.ResumeParserTests.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.ParsedResume.Experience;
import io.renloop.recruitment.ResumeDocuments;
import io.renloop.recruitment.ResumeFile;
import io.renloop.recruitment.SampleResumes;
import org.junit.jupiter.api.Test;

/** Resumes as PDF and DOCX files, generated here, through Tika and the parser. */
class ResumeFileParsingTests {

	@Test
	void parsesAChineseDocx() {
		ParsedResume resume = PARSER.parse(new ResumeFile("李明远.docx", ResumeDocuments.docx(SampleResumes.ZH)));
		assertThat(resume.education()).extracting(e -> e.school()).containsExactly("中国矿业大学", "北京科技大学");
		assertThat(resume.certificates()).contains("注册安全工程师");
		assertThat(JSON.writeValueAsString(resume)).doesNotContain(SampleResumes.ZH_PROTECTED);
	}

	@Test
	void parsesAnEnglishDocx() {
		ParsedResume resume = PARSER.parse(new ResumeFile("carter.docx", ResumeDocuments.docx(SampleResumes.EN)));
		assertThat(resume.experience()).contains(
				new Experience("Globex Corporation", "Software Engineer", "2012-07", "2018-08"));
		assertThat(JSON.writeValueAsString(resume)).doesNotContain(SampleResumes.EN_PROTECTED);
	}

	@Test
	void parsesAnEnglishPdf() {
		ParsedResume resume = PARSER.parse(new ResumeFile("carter.pdf", ResumeDocuments.latinPdf(SampleResumes.EN)));
		assertThat(resume.name()).isEqualTo("JOHN A. CARTER");
		assertThat(resume.education()).extracting(e -> e.school()).contains("Stanford University");
		assertThat(resume.skills()).contains("Kafka");
		assertThat(JSON.writeValueAsString(resume)).doesNotContain(SampleResumes.EN_PROTECTED);
	}

	@Test
	void parsesAChinesePdf() {
		ParsedResume resume = PARSER.parse(new ResumeFile("李明远.pdf", ResumeDocuments.chinesePdf(SampleResumes.ZH)));
		assertThat(resume.name()).isEqualTo("李明远");
		assertThat(resume.experience()).extracting(e -> e.organization()).contains("山西焦煤集团有限责任公司");
		assertThat(JSON.writeValueAsString(resume)).doesNotContain(SampleResumes.ZH_PROTECTED);
	}
}
