package io.renloop.analytics.internal.attrition;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.analytics.AttritionReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The scoring benchmark of bench/README-analytics-attrition.md, run by {@code bench/attrition-scoring.sh}: a tenant
 * model trained on 20,000 people with the tenant model's features, then 100,000 employees scored with their reasons
 * in Chinese; prints the seconds of each step.
 */
@EnabledIfSystemProperty(named = "bench.attrition", matches = "true")
class AttritionScoringBench {

	@Test
	void scoresAHundredThousandEmployeesWithReasons() {
		List<String[]> history = people(20_000, 1);
		boolean[] left = new boolean[history.size()];
		Random outcome = new Random(2);
		for (int i = 0; i < left.length; i++) {
			double overtime = Double.parseDouble(history.get(i)[7]);
			double sinceRaise = Double.parseDouble(history.get(i)[1]);
			double logit = -2.6 + 0.05 * (overtime - 20) + 0.04 * (sinceRaise - 12);
			left[i] = outcome.nextDouble() < 1 / (1 + Math.exp(-logit));
		}
		long start = System.nanoTime();
		ModelFitting.Fitted fitted = ModelFitting.fit(new TrainingSet(TenantFeatures.COLUMNS, history, left));
		double trainSeconds = seconds(start);

		List<String[]> employees = people(100_000, 3);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/analytics");
		messages.setDefaultEncoding("UTF-8");
		ReasonTexts texts = new ReasonTexts(messages);
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		AttritionModel model = fitted.model();
		int[] index = model.schema().columnNames().stream().mapToInt(TenantFeatures.COLUMNS::indexOf).toArray();
		start = System.nanoTime();
		int reasons = 0;
		for (String[] person : employees) {
			String[] cells = new String[index.length];
			for (int i = 0; i < index.length; i++) {
				cells[i] = person[index[i]];
			}
			List<AttritionReason> explained = texts.reasons(model, model.score(cells), cells);
			reasons += explained.size();
		}
		double scoreSeconds = seconds(start);

		System.out.printf("ATTRITION BENCH train (20,000 people, 5-fold CV + final fit): %.1f s, AUC %.3f%n",
				trainSeconds, fitted.auc());
		System.out.printf("ATTRITION BENCH score 100,000 employees with %d reasons (zh-CN): %.2f s%n", reasons,
				scoreSeconds);
		assertThat(scoreSeconds).isLessThan(30);
	}

	/** People with the tenant model's columns (tenure, months since raise …), drawn at random. */
	private static List<String[]> people(int n, long seed) {
		Random r = new Random(seed);
		List<String[]> people = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			int tenure = 1 + r.nextInt(240);
			people.add(new String[] { String.valueOf(tenure), String.valueOf(r.nextInt(Math.min(tenure, 60) + 1)),
					String.valueOf(r.nextInt(tenure + 1)), String.valueOf(r.nextInt(3) == 0 ? 1 : 0),
					String.valueOf(r.nextInt(20) == 0 ? 1 : 0),
					r.nextInt(10) == 0 ? "" : String.valueOf(60 + r.nextInt(40)), String.valueOf(r.nextInt(21) - 10),
					String.valueOf(Math.round(Math.abs(20 + 15 * r.nextGaussian()))), String.valueOf(r.nextInt(21) - 10),
					String.valueOf(r.nextInt(4)), String.valueOf(r.nextInt(8)), String.valueOf(r.nextInt(40)),
					"P" + r.nextInt(25) });
		}
		return people;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
