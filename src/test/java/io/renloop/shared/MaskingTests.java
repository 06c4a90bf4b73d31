package io.renloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

	@Test
	void emailKeepsTwoLettersAndTheDomain() {
		assertThat(Masking.email("zhang.wei@example.com")).isEqualTo("zh***@example.com");
	}

	@Test
	void shortOrOddEmailsRevealNoMore() {
		assertThat(Masking.email("a@example.com")).isEqualTo("a***@example.com");
		assertThat(Masking.email("no-at-sign")).isEqualTo("no***");
		assertThat(Masking.email(null)).isNull();
	}
}
