package io.renloop.analytics.internal.attrition;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.analytics.AttritionReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * When pay against the position's band carries the signal, the reason names it in plain words with the distance to
 * the midpoint — "低于岗位薪酬带中位 18%", "18% below the position’s pay band midpoint" — rather than a signed number.
 */
class PayVsBandReasonsSayBelowOrAboveTheMidpointTests {

	static final List<String> COLUMNS = List.of("tenureMonths", "payVsBand");

	final ReasonTexts texts = new ReasonTexts(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aPersonFarBelowTheMidpointReadsBelowInChinese() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

		assertThat(reason(fitted(true), "-18")).isEqualTo("低于岗位薪酬带中位 18%");
	}

	@Test
	void aPersonFarBelowTheMidpointReadsBelowInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(reason(fitted(true), "-18")).isEqualTo("18% below the position’s pay band midpoint");
	}

	@Test
	void aPersonAboveTheMidpointReadsAbove() {
		AttritionModel leaversWellPaid = fitted(false);

		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(reason(leaversWellPaid, "15")).isEqualTo("高于岗位薪酬带中位 15%");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(reason(leaversWellPaid, "15")).isEqualTo("15% above the position’s pay band midpoint");
	}

	private String reason(AttritionModel model, String payVsBand) {
		String[] cells = { "36", payVsBand };
		List<AttritionReason> reasons = texts.reasons(model, model.score(cells), cells);
		return reasons.stream()
			.filter(r -> r.feature().equals("payVsBand"))
			.map(AttritionReason::text)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no pay-vs-band reason in " + reasons));
	}

	/** 400 people whose leaving follows pay against the band (below it when {@code belowLeaves}), tenure is noise. */
	private static AttritionModel fitted(boolean belowLeaves) {
		Random random = new Random(16);
		List<String[]> rows = new ArrayList<>();
		boolean[] left = new boolean[400];
		for (int i = 0; i < left.length; i++) {
			int payVsBand = (int) Math.round(-5 + 12 * random.nextGaussian());
			double logit = -1.5 + (belowLeaves ? -0.15 : 0.15) * payVsBand;
			left[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit));
			rows.add(new String[] { String.valueOf(6 + random.nextInt(80)), String.valueOf(payVsBand) });
		}
		return ModelFitting.fit(new TrainingSet(COLUMNS, rows, left)).model();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/analytics");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
