package io.renloop.analytics.internal.attrition;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic HR attrition table shaped like the well-known IBM HR attrition sample (1,470 people, about 16 % leavers)
 * — overtime, monthly income, tenure, years since the last promotion, satisfaction scores, distance from home, travel,
 * stock options, job role — with protected columns (Age, Gender, MaritalStatus) and an employee number. Who leaves
 * follows a documented logistic ground truth with effects of the size reported for that sample; {@code signal=false}
 * draws the outcome independently of every column (pure noise). Seeded: the same arguments give the same table.
 */
public final class HrAttritionGenerator {

	static final List<String> HEADER = List.of("EmployeeNumber", "Age", "Gender", "MaritalStatus", "Department",
			"JobRole", "JobLevel", "MonthlyIncome", "OverTime", "BusinessTravel", "DistanceFromHome", "YearsAtCompany",
			"YearsSinceLastPromotion", "NumCompaniesWorked", "JobSatisfaction", "EnvironmentSatisfaction",
			"WorkLifeBalance", "StockOptionLevel", "TrainingTimesLastYear", "PerformanceRating", "Attrition");

	/** The columns the ground truth uses (apart from the protected ones). */
	static final List<String> SIGNAL = List.of("OverTime", "MonthlyIncome", "YearsAtCompany", "YearsSinceLastPromotion",
			"JobSatisfaction", "EnvironmentSatisfaction", "WorkLifeBalance", "DistanceFromHome", "StockOptionLevel",
			"BusinessTravel", "JobRole", "NumCompaniesWorked", "JobLevel");

	private static final String[] ROLES = { "Sales Executive", "Research Scientist", "Laboratory Technician",
			"Manufacturing Director", "Healthcare Representative", "Manager", "Sales Representative",
			"Research Director", "Human Resources" };

	private static final double[] ROLE_WEIGHTS = { 0.22, 0.2, 0.18, 0.1, 0.09, 0.07, 0.06, 0.05, 0.03 };

	private HrAttritionGenerator() {
	}

	/**
	 * Generated people.
	 *
	 * @param rows the cells of each person, aligned with {@link #HEADER}
	 * @param trueRisks the ground-truth probability each person had of leaving (the best any model can know)
	 */
	record Table(List<String[]> rows, double[] trueRisks) {

		/** Whether each person left. */
		boolean[] left() {
			boolean[] left = new boolean[rows.size()];
			for (int i = 0; i < left.length; i++) {
				left[i] = rows.get(i)[HEADER.size() - 1].equals("Yes");
			}
			return left;
		}

		/** The table as CSV text with a header row. */
		String csv() {
			StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
			rows.forEach(row -> csv.append(String.join(",", row)).append('\n'));
			return csv.toString();
		}
	}

	/** {@code n} people. */
	static Table table(int n, boolean signal, long seed) {
		Random random = new Random(seed);
		List<String[]> rows = new ArrayList<>();
		double[] risks = new double[n];
		for (int i = 0; i < n; i++) {
			double[] risk = new double[1];
			rows.add(person(random, 1000 + i, signal, risk));
			risks[i] = risk[0];
		}
		return new Table(rows, risks);
	}

	/** {@code n} people as CSV text with a header row. */
	public static String csv(int n, boolean signal, long seed) {
		return table(n, signal, seed).csv();
	}

	private static String[] person(Random r, int number, boolean signal, double[] trueRisk) {
		int age = clamp((int) Math.round(37 + 9 * r.nextGaussian()), 18, 60);
		String role = pick(r);
		int level = clamp((int) Math.round(1 + (age - 18) / 12.0 + r.nextGaussian() * 0.8
				+ (role.contains("Director") || role.equals("Manager") ? 2 : 0)), 1, 5);
		double income = Math.round(Math.exp(Math.log(2500 + 3200 * level) + 0.2 * r.nextGaussian()));
		boolean overtime = r.nextDouble() < 0.28;
		String travel = r.nextDouble() < 0.71 ? "Travel_Rarely" : r.nextDouble() < 0.65 ? "Travel_Frequently" : "Non-Travel";
		int distance = clamp((int) Math.round(Math.exp(1.9 + 0.8 * r.nextGaussian())), 1, 29);
		int tenure = clamp((int) Math.round(Math.exp(1.6 + 0.8 * r.nextGaussian())) - 1, 0, Math.max(0, age - 18));
		int sincePromotion = clamp((int) Math.round(tenure * r.nextDouble() * r.nextDouble() * 1.3), 0, tenure);
		int companies = clamp((int) Math.round(Math.abs(r.nextGaussian()) * 3 + (age - 25) / 15.0), 0, 9);
		int jobSatisfaction = 1 + r.nextInt(4);
		int environment = 1 + r.nextInt(4);
		int balance = clamp((int) Math.round(2.8 + 0.7 * r.nextGaussian()), 1, 4);
		boolean single = r.nextDouble() < 0.32;
		String marital = single ? "Single" : r.nextDouble() < 0.67 ? "Married" : "Divorced";
		int stock = single ? 0 : r.nextDouble() < 0.15 ? 0 : 1 + r.nextInt(3);
		int trainings = clamp((int) Math.round(2.8 + 1.3 * r.nextGaussian()), 0, 6);
		int rating = r.nextDouble() < 0.85 ? 3 : 4;
		String department = role.startsWith("Sales") ? "Sales" : role.equals("Human Resources") ? "Human Resources"
				: "Research & Development";
		double logit = -3.3 + (overtime ? 1.9 : 0) - 1.4 * (Math.log(income) - 8.6) - 0.6 * (jobSatisfaction - 2.5)
				- 0.55 * (environment - 2.5) - 0.6 * (balance - 2.8) + 0.05 * (distance - 9)
				+ (stock == 0 ? 1.0 : 0) + (travel.equals("Travel_Frequently") ? 1.0 : travel.equals("Non-Travel") ? -0.6 : 0)
				+ (role.equals("Sales Representative") ? 1.1 : role.equals("Laboratory Technician") ? 0.5 : 0)
				+ 0.18 * (companies - 2.5) - 0.12 * (tenure - 6) + 0.16 * (sincePromotion - 2)
				+ (tenure <= 1 ? 0.8 : 0) - 0.04 * (age - 37) + (single ? 0.4 : 0);
		double risk = 1 / (1 + Math.exp(-logit));
		trueRisk[0] = signal ? risk : 0.16;
		boolean left = r.nextDouble() < trueRisk[0];
		String incomeCell = r.nextDouble() < 0.02 ? "" : String.valueOf((long) income);
		return new String[] { String.valueOf(number), String.valueOf(age), r.nextBoolean() ? "Male" : "Female", marital,
				department, role, String.valueOf(level), incomeCell, overtime ? "Yes" : "No", travel,
				String.valueOf(distance), String.valueOf(tenure), String.valueOf(sincePromotion),
				String.valueOf(companies), String.valueOf(jobSatisfaction), String.valueOf(environment),
				String.valueOf(balance), String.valueOf(stock), String.valueOf(trainings), String.valueOf(rating),
				left ? "Yes" : "No" };
	}

	private static String pick(Random r) {
		double u = r.nextDouble();
		for (int i = 0; i < ROLES.length; i++) {
			u -= ROLE_WEIGHTS[i];
			if (u <= 0) {
				return ROLES[i];
			}
		}
		return ROLES[0];
	}

	private static int clamp(int value, int low, int high) {
		return Math.max(low, Math.min(high, value));
	}
}
