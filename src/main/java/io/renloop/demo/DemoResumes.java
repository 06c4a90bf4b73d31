package io.renloop.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes realistic resumes of demo applicants from their {@link DemoBackground}: contact lines, education,
 * one to three positions with duties, skills and certificates, in Chinese or English. Contact details are
 * numbered so that no two applicants share them.
 */
final class DemoResumes {

	private static final List<String> SUMMARIES_ZH = List.of("工作认真负责，执行力强，善于沟通协调。",
			"具备扎实的专业基础和丰富的现场经验，能吃苦耐劳。", "学习能力强，注重细节，乐于接受新挑战。",
			"有较强的团队合作意识和责任心，服从工作安排。", "熟悉行业规范和标准，具备独立解决问题的能力。");

	private static final List<String> SUMMARIES_EN = List.of("Pragmatic engineer who ships reliable software.",
			"Results-driven professional with a record of exceeding targets.",
			"Curious, thorough and comfortable owning problems end to end.");

	private final DemoPeople people;

	private final LocalDate today;

	private final String phonePrefix;

	private int counter;

	/**
	 * @param phonePrefix the first digits of every applicant's phone number, the rest is a running number
	 */
	DemoResumes(DemoPeople people, LocalDate today, String phonePrefix) {
		this.people = people;
		this.today = today;
		this.phonePrefix = phonePrefix;
	}

	/** A resume of a new applicant with the background. */
	DemoResume next(DemoBackground background) {
		counter++;
		String name = background.english() ? people.englishName() : people.chineseName();
		String phone = phonePrefix + String.format("%04d", counter);
		String email = (background.english() ? name.toLowerCase().replace(' ', '.') : "applicant")
				+ (1000 + counter) + "@mail.example.com";
		int years = background.minYears() + people.nextInt(background.maxYears() - background.minYears() + 1);
		String text = background.english() ? english(background, name, phone, email, years)
				: chinese(background, name, phone, email, years);
		return new DemoResume(name, phone, email, text);
	}

	private String chinese(DemoBackground background, String name, String phone, String email, int years) {
		int graduated = today.getYear() - years - (years == 0 ? 0 : 1);
		int studyYears = background.degree().equals("本科") ? 4 : 3;
		StringBuilder text = new StringBuilder("个人简历\n姓名：").append(name).append("\n电话：").append(phone);
		if (people.nextInt(2) == 0) {
			text.append("\n邮箱：").append(email);
		}
		text.append("\n求职意向：").append(background.titles().get(background.titles().size() - 1));
		text.append("\n\n教育背景\n").append(graduated - studyYears).append(".09-").append(graduated).append(".06  ")
			.append(people.pick(background.schools())).append("  ").append(people.pick(background.majors()))
			.append("  ").append(background.degree());
		text.append("\n\n工作经历\n");
		for (Stint stint : stints(graduated, years, background)) {
			text.append(stint.from()).append(".07-").append(stint.to() == null ? "至今" : stint.to() + ".06")
				.append("  ").append(stint.employer()).append("  ").append(stint.title()).append('\n');
			stint.duties().forEach(duty -> text.append("· ").append(duty).append('\n'));
		}
		text.append("\n专业技能\n").append(String.join("、", core(background.skills(), 2)));
		List<String> certificates = core(background.certificates(), 2);
		if (!certificates.isEmpty()) {
			text.append("\n\n证书\n").append(String.join("、", certificates));
		}
		text.append("\n\n自我评价\n").append(people.pick(SUMMARIES_ZH)).append('\n');
		return text.toString();
	}

	private String english(DemoBackground background, String name, String phone, String email, int years) {
		int graduated = today.getYear() - years - (years == 0 ? 0 : 1);
		StringBuilder text = new StringBuilder(name).append("\nPhone: ").append(phone).append(" | Email: ")
			.append(email);
		text.append("\n\nSUMMARY\n").append(people.pick(SUMMARIES_EN));
		text.append("\n\nEDUCATION\n").append(graduated - 4).append(" - ").append(graduated).append("  ")
			.append(people.pick(background.schools())).append("  ").append(background.degree()).append(' ')
			.append(people.pick(background.majors()));
		text.append("\n\nEXPERIENCE\n");
		for (Stint stint : stints(graduated, years, background)) {
			text.append(stint.from()).append(" - ").append(stint.to() == null ? "Present" : stint.to()).append("  ")
				.append(stint.employer()).append("  ").append(stint.title()).append('\n');
			stint.duties().forEach(duty -> text.append("- ").append(duty).append('\n'));
		}
		text.append("\nSKILLS\n").append(String.join(", ", core(background.skills(), 2)));
		List<String> certificates = core(background.certificates(), people.nextInt(2));
		if (!certificates.isEmpty()) {
			text.append("\n\nCERTIFICATIONS\n").append(String.join(", ", certificates));
		}
		return text.append('\n').toString();
	}

	/**
	 * One to three positions from graduation until now, each more senior than the one before, each with its own
	 * duties.
	 */
	private List<Stint> stints(int graduated, int years, DemoBackground background) {
		int titles = background.titles().size();
		int count = years == 0 ? 1 : Math.min(titles, 1 + years / 4);
		int seniority = years >= 8 ? Math.min(1, titles - count) : 0;
		List<String> duties = pick(background.duties(), background.duties().size());
		List<Stint> stints = new ArrayList<>();
		int from = years == 0 ? today.getYear() - 1 : graduated;
		for (int i = 0; i < count; i++) {
			Integer to = i == count - 1 ? null : from + Math.max(1, years / count);
			int share = Math.max(1, duties.size() / count);
			List<String> own = duties.subList(i * share, Math.min(duties.size(), i * share + Math.min(3, share)));
			stints.add(new Stint(from, to, people.pick(background.employers()), background.titles().get(i + seniority),
					own.isEmpty() ? duties.subList(0, 1) : own));
			from = to == null ? from : to;
		}
		return stints;
	}

	/** The first {@code core} items (what the background is about), then a random choice of the others. */
	private List<String> core(List<String> items, int core) {
		int fixed = Math.min(core, items.size());
		List<String> chosen = new ArrayList<>(items.subList(0, fixed));
		chosen.addAll(pick(items.subList(fixed, items.size()), people.nextInt(items.size() - fixed + 1)));
		return chosen;
	}

	/** Up to {@code count} of the items, in random order. */
	private List<String> pick(List<String> items, int count) {
		List<String> shuffled = new ArrayList<>(items);
		Collections.shuffle(shuffled, new Random(people.nextInt(Integer.MAX_VALUE)));
		return shuffled.subList(0, Math.min(count, shuffled.size()));
	}

	private record Stint(int from, Integer to, String employer, String title, List<String> duties) {
	}

	/** A generated resume with the contact details it states. */
	record DemoResume(String name, String phone, String email, String text) {
	}
}
