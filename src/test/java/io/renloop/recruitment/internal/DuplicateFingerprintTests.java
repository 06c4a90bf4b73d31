package io.renloop.recruitment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.SampleResumes;
import org.junit.jupiter.api.Test;

/**
 * The normalized contacts and resume fingerprints that duplicate detection compares.
 */
class DuplicateFingerprintTests {

	@Test
	void phoneNumbersWrittenDifferentlyNormalizeAlike() {
		assertThat(ContactNormalization.phone("+86 138-1234-5678")).isEqualTo("13812345678");
		assertThat(ContactNormalization.phone("0086 13812345678")).isEqualTo("13812345678");
		assertThat(ContactNormalization.phone("(138) 1234 5678")).isEqualTo("13812345678");
		assertThat(ContactNormalization.phone("--")).isNull();
	}

	@Test
	void emailsNormalizeToLowerCase() {
		assertThat(ContactNormalization.email("  Li.Ming@Example.COM ")).isEqualTo("li.ming@example.com");
		assertThat(ContactNormalization.email(" ")).isNull();
	}

	@Test
	void reformattedResumeKeepsItsFingerprint() {
		String reformatted = SampleResumes.ZH.replace("\n", "\r\n\r\n").replace("，", ", ").replace("  ", "\t");
		assertThat(ResumeSimHash.distance(ResumeSimHash.of(SampleResumes.ZH), ResumeSimHash.of(reformatted)))
			.isLessThanOrEqualTo(ResumeSimHash.NEAR_IDENTICAL_BITS);
	}

	@Test
	void resumeWithOneChangedWordStaysNear() {
		String edited = SampleResumes.ZH.replace("带领12人团队", "带领15人团队");
		assertThat(ResumeSimHash.distance(ResumeSimHash.of(SampleResumes.ZH), ResumeSimHash.of(edited)))
			.isLessThanOrEqualTo(ResumeSimHash.NEAR_IDENTICAL_BITS);
	}

	@Test
	void differentResumesAreFarApart() {
		assertThat(ResumeSimHash.distance(ResumeSimHash.of(SampleResumes.ZH), ResumeSimHash.of(SampleResumes.EN)))
			.isGreaterThan(10);
	}

	@Test
	void shortTextsGetNoFingerprint() {
		assertThat(ResumeSimHash.of("张伟 13800138000")).isNull();
	}
}
