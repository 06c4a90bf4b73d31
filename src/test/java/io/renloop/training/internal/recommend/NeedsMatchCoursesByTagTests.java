package io.renloop.training.internal.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.training.Catalogue.CourseKind;
import io.renloop.training.Catalogue.CourseView;
import io.renloop.training.Recommendations.Source;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NeedsMatchCoursesByTagTests {

	final CourseView ventilation = course("矿井通风系统", List.of("通风", "ventilation"));

	final CourseView licence = course("特种作业复训", List.of("SPECIAL_OPERATION"));

	@Test
	void aTopicContainingATagMatches() {
		assertThat(NeedMatcher.tagged(need("通风系统", null), ventilation)).isTrue();
		assertThat(NeedMatcher.tagged(need("Ventilation", null), ventilation)).isTrue();
		assertThat(NeedMatcher.tagged(need("瓦斯检查", null), ventilation)).isFalse();
	}

	@Test
	void aCertificateNeedMatchesTheCourseTaggedWithItsTypeCode() {
		assertThat(NeedMatcher.tagged(need("特种作业操作证", "SPECIAL_OPERATION"), licence)).isTrue();
		assertThat(NeedMatcher.tagged(need("特种作业操作证", "SAFETY_TRAINING"), licence)).isFalse();
	}

	private static Need need(String topic, String tag) {
		return new Need(Source.CERTIFICATE, topic, null, "", tag, "training.reason.certificateMissing");
	}

	private static CourseView course(String title, List<String> tags) {
		return new CourseView(UUID.randomUUID(), "C", title, title, title, CourseKind.ONLINE, null, null, null, null,
				false, null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, null, tags);
	}
}
