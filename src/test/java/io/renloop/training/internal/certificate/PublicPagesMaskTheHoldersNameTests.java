package io.renloop.training.internal.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicPagesMaskTheHoldersNameTests {

	@Test
	void keepsOnlyTheFirstAndLastCharacter() {
		assertThat(Holders.masked("张晓明")).isEqualTo("张*明");
		assertThat(Holders.masked("欧阳晓明")).isEqualTo("欧**明");
		assertThat(Holders.masked("李明")).isEqualTo("李*");
		assertThat(Holders.masked(" ")).isEqualTo("*");
	}
}
